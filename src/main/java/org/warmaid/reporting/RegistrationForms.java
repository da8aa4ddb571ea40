package org.warmaid.reporting;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.ReviewAccess;
import org.warmaid.accounts.Units;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaigns;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.Registrations;

/** The printable 附件2 of one registration, for its unit or a reviewer; with full numbers, so audited. */
@Service
public class RegistrationForms {

    private final Registrations registrations;
    private final ReviewAccess reviewAccess;
    private final Units units;
    private final Campaigns campaigns;
    private final AuditLog audit;

    RegistrationForms(Registrations registrations, ReviewAccess reviewAccess, Units units, Campaigns campaigns,
            AuditLog audit) {
        this.registrations = registrations;
        this.reviewAccess = reviewAccess;
        this.units = units;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    public record Printable(String fileName, byte[] content) {
    }

    @Transactional
    public Printable print(AccountPrincipal account, Long id) throws IOException {
        Registration registration = registrations.findById(id)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该登记"));
        boolean ownUnit = account != null && account.isUnitAccount() && registration.belongsTo(account.unitCode());
        if (!ownUnit && !reviewAccess.mayRead(account, registration.getUnitCode())) {
            audit.refused(AuditAction.EXPORT_REGISTRATION_FORM, "registration", registration.getReference(), "无权打印该登记表");
            throw new RegistrationRefused(RegistrationRefused.Reason.FORBIDDEN, "无权查看该登记");
        }
        int year = campaigns.findById(registration.getCampaignId()).orElseThrow().getYear();
        String unitName = units.findById(registration.getUnitCode()).map(unit -> unit.getName()).orElse(registration.getUnitCode());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationFormSheet.write(year, unitName, registration, out);
        audit.success(AuditAction.EXPORT_REGISTRATION_FORM, "registration", registration.getReference(), "打印登记表（含完整号码）");
        return new Printable(registration.getReference() + "-" + registration.getName() + "-登记表.xlsx", out.toByteArray());
    }
}
