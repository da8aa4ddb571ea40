package org.warmaid.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** One audit event as the audit page and its export show it: every code in words. */
record AuditEntry(long id, LocalDateTime occurredAt, String actor, String address, String action, String target,
        String outcome, String details) {

    static AuditEntry of(AuditEvent event, ZoneId zone) {
        String target = AuditTargets.labelOf(event.targetType())
                + (event.targetId() == null ? "" : " " + event.targetId());
        return new AuditEntry(event.id(), event.occurredAt().atZone(zone).toLocalDateTime(), event.actor(),
                AuditAddresses.readable(event.actorAddress()), AuditAction.labelOf(event.action()), target.strip(),
                AuditOutcome.labelOf(event.outcome()), event.details() == null ? "" : event.details());
    }
}
