package org.warmaid.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.Units;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.Registry;

/** 数据汇总: the unit's 汇总表 for the current campaign. Works after the deadline too; every download is audited. */
@Service
public class UnitSummaries {

    private final Registry registry;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    UnitSummaries(Registry registry, Units units, AuditLog audit, Clock clock, @Value("${warmaid.zone}") ZoneId zone) {
        this.registry = registry;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    public record Counts(int registered, int submitted) {
    }

    @Transactional(readOnly = true)
    public Counts counts(AccountPrincipal account) {
        List<Registration> registrations = registry.list(account);
        return new Counts(registrations.size(), (int) registrations.stream().filter(r -> r.getSubmittedAt() != null).count());
    }

    public String fileName(AccountPrincipal account) {
        return year() + "年困难职工情况汇总表-" + unitName(account) + ".xlsx";
    }

    @Transactional
    public void write(AccountPrincipal account, OutputStream out) throws IOException {
        List<Registration> registrations = registry.list(account);
        UnitSummaryWorkbook.write(year(), unitName(account), LocalDateTime.now(clock.withZone(zone)),
                registrations.stream().map(SummaryRow::of).toList(), out);
        audit.success(AuditAction.EXPORT_UNIT_SUMMARY, "unit", account.unitCode(),
                "下载汇总表（" + registrations.size() + " 人，含完整身份证号和银行卡号）");
    }

    private int year() {
        return registry.currentCampaign().map(Campaign::getYear).orElse(LocalDateTime.now(clock.withZone(zone)).getYear());
    }

    private String unitName(AccountPrincipal account) {
        if (account == null || !account.isUnitAccount()) {
            throw new RegistrationRefused(RegistrationRefused.Reason.FORBIDDEN, "仅单位工会账号可以生成本单位汇总表");
        }
        return units.findById(account.unitCode()).map(unit -> unit.getName()).orElse(account.unitCode());
    }
}
