package org.warmaid.reporting;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.ReviewAccess;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.RegistrationDirectory;

/** The printable 附件2 of one registration, for its unit or a reviewer; with full numbers, so audited. */
@Service
public class RegistrationForms {

    private final RegistrationDirectory registrations;
    private final ReviewAccess reviewAccess;
    private final UnitDirectory units;
    private final CampaignDirectory campaigns;
    private final AuditLog audit;

    RegistrationForms(RegistrationDirectory registrations, ReviewAccess reviewAccess, UnitDirectory units, CampaignDirectory campaigns,
            AuditLog audit) {
        this.registrations = registrations;
        this.reviewAccess = reviewAccess;
        this.units = units;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    public record Printable(String fileName, byte[] content) {
    }

    /** A filled-in 附件2 to print from the browser: the registration, the forms' year and its unit's name. */
    public record FilledForm(Registration registration, int formYear, String unitName) {
    }

    @Transactional
    public Printable print(AccountPrincipal account, Long id) throws IOException {
        FilledForm form = readable(account, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistrationFormSheet.write(form.formYear(), form.unitName(), form.registration(), out);
        audit.success(AuditAction.EXPORT_REGISTRATION_FORM, "registration", form.registration().getReference(),
                "打印登记表（含完整号码）");
        return new Printable(form.registration().getReference() + "-" + form.registration().getName() + "-登记表.xlsx",
                out.toByteArray());
    }

    /** The filled-in form as a print-ready page, with full numbers, so audited like the workbook. */
    @Transactional
    public FilledForm printView(AccountPrincipal account, Long id) {
        FilledForm form = readable(account, id);
        audit.success(AuditAction.EXPORT_REGISTRATION_FORM, "registration", form.registration().getReference(),
                "打印登记表（打印页，含完整号码）");
        return form;
    }

    /** The year a blank form of the current campaign is titled with (注1: the worker fills it in by hand). */
    @Transactional(readOnly = true)
    public int blankFormYear() {
        return campaigns.findOpen().or(() -> campaigns.findAllByOrderByYearDesc().stream().findFirst())
                .map(Campaign::getFormYear).orElse(java.time.Year.now().getValue() - 1);
    }

    private FilledForm readable(AccountPrincipal account, Long id) {
        Registration registration = registrations.findById(id)
                .filter(found -> found.getStage() != org.warmaid.registration.Stage.WITHDRAWN)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该登记"));
        boolean ownUnit = account != null && account.isUnitAccount() && registration.belongsTo(account.unitCode());
        if (!ownUnit && !reviewAccess.mayRead(account, registration.getUnitCode())) {
            audit.refused(AuditAction.EXPORT_REGISTRATION_FORM, "registration", registration.getReference(), "无权打印该登记表");
            throw new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该登记");
        }
        int year = campaigns.findById(registration.getCampaignId()).orElseThrow().getFormYear();
        String unitName = units.findById(registration.getUnitCode()).map(unit -> unit.getName()).orElse(registration.getUnitCode());
        return new FilledForm(registration, year, unitName);
    }
}
