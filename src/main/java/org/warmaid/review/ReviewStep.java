package org.warmaid.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One step of a registration's review history: who decided what at which task, when, and why. */
@Entity
@Immutable
public class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    private String taskKey;

    private String taskName;

    @Enumerated(EnumType.STRING)
    private StepDecision decision;

    private String decisionLabel;

    private String comment;

    private BigDecimal aidAmount;

    private String actor;

    private Instant occurredAt;

    /** Returns reach the unit with their reason; other comments are reviewers' internal notes. */
    private boolean visibleToUnit;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "review_step_id", nullable = false, updatable = false)
    private List<DocumentCheck> documentChecks = new ArrayList<>();

    protected ReviewStep() {
    }

    ReviewStep(Long registrationId, String taskKey, String taskName, StepDecision decision, String comment,
            BigDecimal aidAmount, String actor, Instant occurredAt, boolean visibleToUnit) {
        this.registrationId = registrationId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.decision = decision;
        this.decisionLabel = decision.label();
        this.comment = comment;
        this.aidAmount = aidAmount;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.visibleToUnit = visibleToUnit;
    }

    void addDocumentCheck(String document, boolean passed) {
        documentChecks.add(new DocumentCheck(document, passed));
    }

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
        return List.copyOf(documentChecks);
    }
}
