package org.warmaid.registration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.ReviewAccess;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * The full ID, card and phone numbers of a registration, for someone who may read it and needs the
 * whole number: every such look is an audited action.
 */
@Service
public class PersonalNumbers {

    private final Registrations registrations;
    private final ReviewAccess reviewAccess;
    private final AuditLog audit;

    PersonalNumbers(Registrations registrations, ReviewAccess reviewAccess, AuditLog audit) {
        this.registrations = registrations;
        this.reviewAccess = reviewAccess;
        this.audit = audit;
    }

    public record Numbers(String idNumber, String bankCardNumber, String phone) {
    }

    @Transactional
    public Numbers reveal(AccountPrincipal account, Long id) {
        Registration registration = registrations.findById(id)
                .filter(found -> found.getStage() != Stage.WITHDRAWN)
                .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该登记"));
        boolean ownUnit = account != null && account.isUnitAccount() && registration.belongsTo(account.unitCode());
        if (!ownUnit && !reviewAccess.mayRead(account, registration.getUnitCode())) {
            audit.refused(AuditAction.PERSONAL_DATA_REVEAL, Registry.TARGET, registration.getReference(), "无权查看完整号码");
            throw new RegistrationRefused(RegistrationRefused.Reason.NOT_FOUND, "没有找到该登记");
        }
        audit.success(AuditAction.PERSONAL_DATA_REVEAL, Registry.TARGET, registration.getReference(),
                "查看完整身份证号码、银行卡号和联系电话");
        return new Numbers(registration.getIdNumber(), registration.getBankCardNumber(), registration.getPhone());
    }
}
