package org.warmaid.rules;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.process.rules.DecisionOrigin;
import org.warmaid.process.rules.DecisionVersion;
import org.warmaid.process.rules.DecisionVersions;
import org.warmaid.process.rules.KnownDecisions;
import org.warmaid.process.rules.RepositoryDecisionFiles;
import org.warmaid.process.rules.RepositoryDecisionFiles.RepositoryFile;

/** What the workbench shows of each decision: the live version, who deployed it, when, why, and its repository file. */
@Service
public class DecisionOverview {

    private final DecisionVersions versions;
    private final RepositoryDecisionFiles repository;
    private final DeploymentRecords records;
    private final DateTimeFormatter time;

    DecisionOverview(DecisionVersions versions, RepositoryDecisionFiles repository, DeploymentRecords records,
            @Value("${warmaid.zone}") ZoneId zone) {
        this.versions = versions;
        this.repository = repository;
        this.records = records;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The state of the repository's file against the live version. */
    public enum FileState {
        IN_SYNC, NOT_DEPLOYED, NO_FILE
    }

    public record VersionView(String key, String name, int version, String origin, boolean fromWorkbench, String deployedAt,
            String actor, String reason, String kind, Integer basedOnVersion, String changes) {
    }

    public record DecisionView(VersionView live, String fileName, FileState fileState, String fileNote) {
    }

    @Transactional(readOnly = true)
    List<DecisionView> all() {
        return KnownDecisions.all().stream().map(KnownDecisions.Decision::key).map(this::decision)
                .flatMap(Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    Optional<DecisionView> decision(String key) {
        return versions.live(key).map(live -> {
            VersionView view = view(live, records.of(key));
            Optional<RepositoryFile> file = repository.file(key);
            if (file.isEmpty()) {
                return new DecisionView(view, null, FileState.NO_FILE, "仓库 dmn/ 中没有此决策的文件");
            }
            String name = "dmn/" + file.get().fileName();
            if (Arrays.equals(versions.content(live), file.get().content())) {
                return new DecisionView(view, name, FileState.IN_SYNC, "与仓库文件 " + name + " 一致");
            }
            return new DecisionView(view, name, FileState.NOT_DEPLOYED, live.origin() == DecisionOrigin.REPOSITORY
                    ? "仓库文件 " + name + " 与线上版本不同"
                    : "线上第 " + live.version() + " 版来自" + live.origin().label() + "，仓库文件 " + name
                            + " 与之不同；重启时不会用仓库文件覆盖它。请下载线上规则表提交到仓库，或在编辑器中载入仓库文件、试算后部署。");
        });
    }

    @Transactional(readOnly = true)
    List<VersionView> history(String key) {
        Map<Integer, DeploymentRecords.DeploymentRecord> byVersion = records.of(key);
        return versions.history(key).stream().map(version -> view(version, byVersion)).toList();
    }

    private VersionView view(DecisionVersion version, Map<Integer, DeploymentRecords.DeploymentRecord> records) {
        DeploymentRecords.DeploymentRecord record = records.get(version.version());
        String deployedAt = time.format(version.deployedAt());
        if (record != null) {
            return new VersionView(version.key(), version.name(), version.version(), version.origin().label(), true,
                    deployedAt, record.actor(), record.reason(), record.kind().label(), record.basedOnVersion(),
                    record.changes());
        }
        String actor = version.origin() == DecisionOrigin.REPOSITORY ? "系统（应用启动时）" : "未记录";
        String reason = switch (version.origin()) {
            case REPOSITORY -> "仓库文件 dmn/" + version.resourceName().replaceFirst("^.*/", "") + " 有变更";
            case WORKBENCH -> "未记录原因";
            case OTHER -> "经引擎接口部署，未记录原因";
        };
        return new VersionView(version.key(), version.name(), version.version(), version.origin().label(), false,
                deployedAt, actor, reason, "部署", null, null);
    }
}
