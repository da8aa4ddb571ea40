package org.warmaid.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.Registry;
import org.warmaid.registration.Stage;
import org.warmaid.review.Outcome;
import org.warmaid.review.Outcomes;

/**
 * 数据汇总: the unit's 汇总表 for the current campaign — the registrations it declared (上报), not its
 * drafts nor those withdrawn, rejected, given up or refused for their documents — with the aid
 * approved or suggested. Works after the deadline too; every download is audited.
 */
@Service
public class UnitSummaries {

    /** Declared and not ended without aid: what the unit's paper copy lists. */
    static final Set<Stage> ON_SUMMARY = EnumSet.of(Stage.ELIGIBILITY_CHECK, Stage.PARTY_REVIEW, Stage.PROVINCIAL_REVIEW,
            Stage.HOME_VISIT, Stage.DOCUMENT_CHECK, Stage.AWAITING_PAYOUT, Stage.PAYOUT_FAILED, Stage.PAID);

    /** Why a registration of the unit is not on the summary, in the order the page lists them. */
    private static final Map<Stage, String> LEFT_OFF = new LinkedHashMap<>();

    static {
        LEFT_OFF.put(Stage.ENTERED, "尚未上报（截止时已保存且完整的视为上报，将列入）");
        LEFT_OFF.put(Stage.RETURNED, "已退回修改，尚未重新上报");
        LEFT_OFF.put(Stage.REJECTED, "审核未通过，不予资助");
        LEFT_OFF.put(Stage.DOCUMENTS_INCOMPLETE, "佐证材料不合格，不予资助");
        LEFT_OFF.put(Stage.ABANDONED, "截止时登记不完整，视为放弃");
        LEFT_OFF.put(Stage.PAYOUT_CANCELLED, "发放已取消");
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final Registry registry;
    private final UnitDirectory units;
    private final Outcomes outcomes;
    private final EligibilityChecks eligibility;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    UnitSummaries(Registry registry, UnitDirectory units, Outcomes outcomes, EligibilityChecks eligibility, AuditLog audit,
            Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.registry = registry;
        this.units = units;
        this.outcomes = outcomes;
        this.eligibility = eligibility;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Why some registrations are not on the summary: a reason and how many. */
    public record LeftOff(String reason, int count) {
    }

    public record Counts(int registered, int onSummary, List<LeftOff> leftOff) {
    }

    @Transactional(readOnly = true)
    public Counts counts(AccountPrincipal account) {
        List<Registration> registrations = registry.list(account);
        Map<Stage, Integer> byStage = new LinkedHashMap<>();
        registrations.forEach(r -> byStage.merge(r.getStage(), 1, Integer::sum));
        List<LeftOff> leftOff = LEFT_OFF.entrySet().stream().filter(reason -> byStage.containsKey(reason.getKey()))
                .map(reason -> new LeftOff(reason.getValue(), byStage.get(reason.getKey()))).toList();
        int onSummary = (int) registrations.stream().filter(r -> ON_SUMMARY.contains(r.getStage())).count();
        return new Counts(registrations.size(), onSummary, leftOff);
    }

    public String fileName(AccountPrincipal account) {
        return formYear() + "年困难职工情况汇总表-" + unitName(account) + ".xlsx";
    }

    @Transactional
    public void write(AccountPrincipal account, OutputStream out) throws IOException {
        List<Registration> declared = registry.list(account).stream().filter(r -> ON_SUMMARY.contains(r.getStage())).toList();
        Map<Long, Outcome> approved = outcomes.of(declared);
        Map<Long, BigDecimal> suggested = eligibility.latestSuggestedAidAmounts(declared.stream().map(Registration::getId).toList());
        List<SummaryRow> rows = declared.stream().map(r -> {
            BigDecimal amount = approved.get(r.getId()).approvedAmount();
            return amount != null ? SummaryRow.of(r, amount, true) : SummaryRow.of(r, suggested.get(r.getId()), false);
        }).toList();
        UnitSummaryWorkbook.write(new UnitSummaryWorkbook.Heading(formYear(), unitName(account),
                LocalDateTime.now(clock.withZone(zone)), materialsNote()), rows, out);
        audit.success(AuditAction.EXPORT_UNIT_SUMMARY, "unit", account.unitCode(),
                "下载汇总表（" + rows.size() + " 人，含完整身份证号和银行卡号）");
    }

    /** What goes with the paper copy, and when and where (the notice's 三、4, with the campaign's dates and place). */
    private String materialsNote() {
        Campaign campaign = registry.currentCampaign().orElse(null);
        if (campaign == null) {
            return null;
        }
        StringBuilder note = new StringBuilder("本表A4打印一式二份，经同级党委部门审核并每页加盖工会公章，连同每名困难职工的身份证和工商银行卡"
                + "（借记卡，复印在一张纸上）复印件及低保户证明、残疾证明、大重病住院诊断结果等材料复印件");
        if (campaign.getMaterialsFrom() != null) {
            note.append("，务必于").append(DAY.format(campaign.getMaterialsFrom()));
            if (campaign.getMaterialsUntil() != null && !campaign.getMaterialsUntil().equals(campaign.getMaterialsFrom())) {
                note.append("至").append(DAY.format(campaign.getMaterialsUntil()));
            }
        }
        note.append("报送到").append(campaign.getMaterialsAddress() != null ? campaign.getMaterialsAddress() : "省直机关工会工委");
        if (campaign.getContactName() != null) {
            note.append("。联系人：").append(campaign.getContactName());
            if (campaign.getContactPhone() != null) {
                note.append("，联系电话：").append(campaign.getContactPhone());
            }
        }
        return note.append("。").toString();
    }

    private int formYear() {
        return registry.currentCampaign().map(Campaign::getFormYear)
                .orElse(LocalDateTime.now(clock.withZone(zone)).getYear() - 1);
    }

    private String unitName(AccountPrincipal account) {
        if (account == null || !account.isUnitAccount()) {
            throw new RegistrationRefused(RegistrationRefused.Reason.FORBIDDEN, "仅单位工会账号可以生成本单位汇总表");
        }
        return units.findById(account.unitCode()).map(unit -> unit.getName()).orElse(account.unitCode());
    }
}
