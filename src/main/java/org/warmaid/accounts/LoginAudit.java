package org.warmaid.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.audit.AuditOutcome;

/** Every sign-in to the application's pages is audited (failures are audited where they happen). */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        audit.recordFrom(address, event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS, "account",
                event.getAuthentication().getName(), AuditOutcome.SUCCESS, "登录");
    }
}
