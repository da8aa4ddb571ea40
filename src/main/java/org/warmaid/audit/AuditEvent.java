package org.warmaid.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audited action: who, when, from where, what, on what, and how it ended. Written by AuditLog; never changed. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String actorAddress;

    private String action;

    private String targetType;

    private String targetId;

    private String outcome;

    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String actorAddress, AuditAction action, String targetType,
            String targetId, AuditOutcome outcome, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorAddress = actorAddress;
        this.action = action.name();
        this.targetType = targetType;
        this.targetId = targetId;
        this.outcome = outcome.name();
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorAddress() {
        return actorAddress;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetails() {
        return details;
    }
}
