package org.warmaid.rules;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.process.rules.DecisionOrigin;
import org.warmaid.process.rules.DecisionVersion;
import org.warmaid.process.rules.DecisionVersions;
import org.warmaid.process.rules.RepositoryDecisionFiles;
import org.warmaid.process.rules.RuleTable;

/**
 * Deploys a draft (or an earlier version again: a roll-back) as the decision's next version, with
 * a reason, after the same checks as every deployment; records who, when, why and the changes, and
 * audits it, in the transaction of the deployment itself. Effective at once on this node and within
 * seconds on the others (see process/rules/LatestDecisions).
 */
@Service
class RuleDeployments {

    static final int MAX_REASON = 500;

    private final DecisionVersions versions;
    private final DecisionDrafts drafts;
    private final DraftChecks checks;
    private final RepositoryDecisionFiles repository;
    private final DeploymentRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final DateTimeFormatter time;

    RuleDeployments(DecisionVersions versions, DecisionDrafts drafts, DraftChecks checks, RepositoryDecisionFiles repository,
            DeploymentRecords records, AuditLog audit, Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.versions = versions;
        this.drafts = drafts;
        this.checks = checks;
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    @Transactional
    DecisionVersion deploy(String key, byte[] xml, String reason, Integer baseVersion) {
        return deploy(key, xml, reason, baseVersion, DeploymentRecords.Kind.DEPLOY, null);
    }

    @Transactional
    DecisionVersion rollBack(String key, int version, String reason, Integer baseVersion) {
        DecisionVersion earlier = versions.version(key, version)
                .orElseThrow(() -> new RuleRefused("version", "决策 " + key + " 没有第 " + version + " 版"));
        return deploy(key, versions.content(earlier), reason, baseVersion, DeploymentRecords.Kind.ROLLBACK, version);
    }

    private DecisionVersion deploy(String key, byte[] xml, String reason, Integer baseVersion,
            DeploymentRecords.Kind kind, Integer rolledBackTo) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleRefused("reason", "请填写" + kind.label() + "原因：它与版本一起记录，供日后查阅");
        }
        if (why.length() > MAX_REASON) {
            throw new RuleRefused("reason", kind.label() + "原因最多 " + MAX_REASON + " 字");
        }
        checks.refuseIfBroken(key, xml);
        RuleTable draft = drafts.table(xml, key);
        versions.lock();
        DecisionVersion live = versions.live(key).orElseThrow(() -> new RuleRefused("key", "决策 " + key + " 尚未部署"));
        if (baseVersion != null && baseVersion != live.version()) {
            throw RuleRefused.stale("您是在第 " + baseVersion + " 版上修改的，但此后已部署了第 " + live.version() + " 版（"
                    + time.format(live.deployedAt()) + "）。请重新打开规则，在最新版本上修改后再部署。");
        }
        byte[] liveContent = versions.content(live);
        if (Arrays.equals(liveContent, xml)) {
            throw new RuleRefused("xml", "与线上第 " + live.version() + " 版完全相同，无需部署");
        }
        List<TableDiff.Change> changes = TableDiff.between(drafts.table(liveContent, key), draft);
        String resourceName = repository.file(key).map(RepositoryDecisionFiles.RepositoryFile::fileName)
                .orElse(key + ".dmn");
        DecisionVersion deployed = versions.deploy(key, resourceName, xml, DecisionOrigin.WORKBENCH);
        String summary = TableDiff.summary(changes);
        records.add(new DeploymentRecords.DeploymentRecord(key, deployed.version(), deployed.definitionId(), kind,
                live.version(), actor(), clock.instant(), why, summary));
        audit.success(kind == DeploymentRecords.Kind.DEPLOY ? AuditAction.DECISION_DEPLOY : AuditAction.DECISION_ROLLBACK,
                "decision", key,
                "第 " + live.version() + " 版 → 第 " + deployed.version() + " 版"
                        + (rolledBackTo == null ? "" : "（恢复第 " + rolledBackTo + " 版的内容）")
                        + "；原因：" + why + "；变更：" + summary);
        return deployed;
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
