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

    public static final String SUCCESS = "SUCCESS";
    public static final String REFUSED = "REFUSED";
    public static final String FAILURE = "FAILURE";

    private static final int MAX_DETAILS = 4000;

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void success(String action, String targetType, String targetId, String details) {
        write(currentActor(), action, targetType, targetId, SUCCESS, details);
    }

    /** A success done by someone the application's security context does not know (a Tasklist user). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void successAs(String actor, String action, String targetType, String targetId, String details) {
        write(actor, action, targetType, targetId, SUCCESS, details);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String action, String targetType, String targetId, String details) {
        write(currentActor(), action, targetType, targetId, REFUSED, details);
    }

    /** For events whose actor is not (yet) the authenticated user, such as a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, String action, String targetType, String targetId, String outcome,
            String details) {
        write(actor, action, targetType, targetId, outcome, details);
    }

    /** As {@link #recordAs}, from an address the caller knows better (a login, before the request is dispatched). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFrom(String address, String actor, String action, String targetType, String targetId,
            String outcome, String details) {
        write(address, actor, action, targetType, targetId, outcome, details);
    }

    private void write(String actor, String action, String targetType, String targetId, String outcome,
            String details) {
        write(currentAddress(), actor, action, targetType, targetId, outcome, details);
    }

    private void write(String address, String actor, String action, String targetType, String targetId, String outcome,
            String details) {
        String bounded = details != null && details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        events.save(new AuditEvent(clock.instant(), actor, address, action, targetType, targetId, outcome, bounded));
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
