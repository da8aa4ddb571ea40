package org.warmaid.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One step of a registration's review history: who decided what at which task, when, and why,
 * with the verdict on each document where the step is the document check. Appended once and never
 * changed; the tables are written and read by plain SQL only ({@link ReviewSteps}).
 */
public final class ReviewStep {

    private final Long id;
    private final Long registrationId;
    private final String taskKey;
    private final String taskName;
    private final StepDecision decision;
    private final String decisionLabel;
    private final String comment;
    private final BigDecimal aidAmount;
    private final String actor;
    private final Instant occurredAt;
    /** Returns reach the unit with their reason; other comments are reviewers' internal notes. */
    private final boolean visibleToUnit;
    private final List<DocumentCheck> documentChecks;

    /** A step about to be recorded. */
    ReviewStep(Long registrationId, String taskKey, String taskName, StepDecision decision, String comment,
            BigDecimal aidAmount, String actor, Instant occurredAt, boolean visibleToUnit) {
        this(null, registrationId, taskKey, taskName, decision, decision.label(), comment, aidAmount, actor, occurredAt,
                visibleToUnit, List.of());
    }

    ReviewStep(Long id, Long registrationId, String taskKey, String taskName, StepDecision decision, String decisionLabel,
            String comment, BigDecimal aidAmount, String actor, Instant occurredAt, boolean visibleToUnit,
            List<DocumentCheck> documentChecks) {
        this.id = id;
        this.registrationId = registrationId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.decision = decision;
        this.decisionLabel = decisionLabel;
        this.comment = comment;
        this.aidAmount = aidAmount;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.visibleToUnit = visibleToUnit;
        this.documentChecks = List.copyOf(documentChecks);
    }

    /** The same step about to be recorded with these document verdicts. */
    ReviewStep withDocumentChecks(List<DocumentCheck> checks) {
        return new ReviewStep(id, registrationId, taskKey, taskName, decision, decisionLabel, comment, aidAmount, actor,
                occurredAt, visibleToUnit, checks);
    }

    /** Null until the step is recorded and read back. */
    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getTaskName() {
        return taskName;
    }

    public StepDecision getDecision() {
        return decision;
    }

    public String getDecisionLabel() {
        return decisionLabel;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getAidAmount() {
        return aidAmount;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isVisibleToUnit() {
        return visibleToUnit;
    }

    public List<DocumentCheck> getDocumentChecks() {
        return documentChecks;
    }
}
