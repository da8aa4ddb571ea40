package org.warmaid.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.payout.AidAmounts;
import org.warmaid.privacy.Masking;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Household;

/** The provincial all-units workbook of a campaign (numbers masked), audited on every download. */
@Service
public class ProvincialWorkbooks {

    private final UnitDirectory units;
    private final CampaignRows rows;
    private final AidAmounts amounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    ProvincialWorkbooks(UnitDirectory units, CampaignRows rows, AidAmounts amounts, AuditLog audit, Clock clock,
            @Value("${warmaid.zone}") ZoneId zone) {
        this.units = units;
        this.rows = rows;
        this.amounts = amounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    public String fileName(Campaign campaign) {
        return campaign.getYear() + "年困难职工情况汇总表（全部单位）.xlsx";
    }

    @Transactional
    public void write(Campaign campaign, OutputStream out) throws IOException {
        String generated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.now(clock.withZone(zone)));
        Map<Long, AidAmounts.Amounts> aid = amounts.ofCampaign(campaign.getId());
        int count;
        try (AllUnitsWorkbook workbook = new AllUnitsWorkbook(
                "《" + campaign.getYear() + "年困难职工情况汇总表》全部单位　生成时间 " + generated)) {
            units.findAllOrderByCode().forEach(unit -> workbook.addUnit(unit.getCode(), unit.getName()));
            count = rows.forEach(campaign.getId(), r -> {
                AidAmounts.Amounts money = aid.getOrDefault(r.getId(), AidAmounts.Amounts.NONE);
                Household household = r.getHousehold();
                workbook.addRow(r.getUnitCode(), new AllUnitsWorkbook.UnitRow(r.getReference(), r.getName(),
                        Masking.idNumber(r.getIdNumber()), r.getUnitAndPosition(), household.householdSize(),
                        household.householdMonthlyIncome(),
                        household.hardshipTypes().stream().sorted().map(HardshipType::label).collect(Collectors.joining("、")),
                        AidCategory.ofCode(household.aidCategory()).map(c -> String.valueOf(c.code())).orElse(""),
                        r.getStage().label(), money.approved(), money.paid(), r.getSubmittedAt() != null));
            });
            workbook.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        audit.success(AuditAction.EXPORT_ALL_UNITS, "campaign", campaign.getId().toString(), "下载全部单位汇总表（" + count + " 人）");
    }

}
