package org.warmaid.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** One audit event as the audit page and its export show it: every code in words. */
record AuditEntry(long id, LocalDateTime occurredAt, String actor, String address, String action, String target,
        String outcome, String details) {

    static AuditEntry of(AuditEvent event, ZoneId zone) {
        String target = AuditTargets.labelOf(event.getTargetType())
                + (event.getTargetId() == null ? "" : " " + event.getTargetId());
        return new AuditEntry(event.getId(), event.getOccurredAt().atZone(zone).toLocalDateTime(), event.getActor(),
                AuditAddresses.readable(event.getActorAddress()), AuditAction.labelOf(event.getAction()), target.strip(),
                AuditOutcome.labelOf(event.getOutcome()), event.getDetails() == null ? "" : event.getDetails());
    }
}
