package org.warmaid.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events. A success is written in the caller's transaction, so it exists exactly when
 * the change does; a refusal or failure is written in a transaction of its own, so it survives the
 * rollback of what was refused. Details must never hold a full ID or card number.
 */
@Service
public class AuditLog {

    /** The width of the actor, address and target columns. */
    private static final int MAX_ID = 64;

    private static final int MAX_DETAILS = 4000;

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void success(AuditAction action, String targetType, String targetId, String details) {
        write(currentActor(), action, targetType, targetId, AuditOutcome.SUCCESS, details);
    }

    /** A success done by someone the application's security context does not know (a Tasklist user). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void successAs(String actor, AuditAction action, String targetType, String targetId, String details) {
        write(actor, action, targetType, targetId, AuditOutcome.SUCCESS, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AuditAction action, String targetType, String targetId, String details) {
        write(currentActor(), action, targetType, targetId, AuditOutcome.REFUSED, details);
    }

    /** For events whose actor is not (yet) the authenticated user, such as a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, AuditAction action, String targetType, String targetId, AuditOutcome outcome,
            String details) {
        write(actor, action, targetType, targetId, outcome, details);
    }

    /** As {@link #recordAs}, from an address the caller knows better (a login, before the request is dispatched). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFrom(String address, String actor, AuditAction action, String targetType, String targetId,
            AuditOutcome outcome, String details) {
        write(address, actor, action, targetType, targetId, outcome, details);
    }

    private void write(String actor, AuditAction action, String targetType, String targetId, AuditOutcome outcome,
            String details) {
        write(currentAddress(), actor, action, targetType, targetId, outcome, details);
    }

    private void write(String address, String actor, AuditAction action, String targetType, String targetId,
            AuditOutcome outcome,
            String details) {
        // a refused login records the account id as typed, which may be of any length
        events.append(new AuditEvent(null, clock.instant(), bounded(actor, MAX_ID), bounded(address, MAX_ID), action.name(),
                targetType, bounded(targetId, MAX_ID), outcome.name(), bounded(details, MAX_DETAILS)));
    }

    private static String bounded(String text, int length) {
        return text != null && text.length() > length ? text.substring(0, length) : text;
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
    }

    static String currentAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
