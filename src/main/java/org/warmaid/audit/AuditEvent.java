package org.warmaid.audit;

import java.time.Instant;

/**
 * One audited action: who, when, from where, what, on what, and how it ended. Written by AuditLog
 * and never changed; the table is written and read by plain SQL only ({@link AuditEvents}).
 */
public record AuditEvent(Long id, Instant occurredAt, String actor, String actorAddress, String action,
        String targetType, String targetId, String outcome, String details) {
}
