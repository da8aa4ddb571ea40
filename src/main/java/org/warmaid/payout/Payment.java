package org.warmaid.payout;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment of the approved aid to a registration's bank card. Unique keys allow one open payment
 * and one paid payment per registration, so aid is never paid twice whatever the code does.
 */
@Entity
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    private Long campaignId;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status = PaymentStatus.WAITING;

    private Long batchId;

    private Integer openSlot = 1;

    private Integer paidSlot;

    private String failureReason;

    private String approvedBy;

    private String settledBy;

    private Instant settledAt;

    private Instant createdAt;

    @Version
    private long version;

    protected Payment() {
    }

    Payment(Long registrationId, Long campaignId, BigDecimal amount, String approvedBy, Instant createdAt) {
        this.registrationId = registrationId;
        this.campaignId = campaignId;
        this.amount = amount;
        this.approvedBy = approvedBy;
        this.createdAt = createdAt;
    }

    void addTo(Long batch) {
        status = PaymentStatus.IN_BATCH;
        batchId = batch;
    }

    void paid(String by, Instant at) {
        status = PaymentStatus.PAID;
        openSlot = null;
        paidSlot = 1;
        settledBy = by;
        settledAt = at;
    }

    void failed(String reason, String by, Instant at) {
        status = PaymentStatus.FAILED;
        openSlot = null;
        failureReason = reason;
        settledBy = by;
        settledAt = at;
    }

    void cancel(String by, Instant at) {
        status = PaymentStatus.CANCELLED;
        openSlot = null;
        settledBy = by;
        settledAt = at;
    }

    /** Whether it holds its registration's one open slot, which the open-payment queries look for. */
    boolean holdsOpenSlot() {
        return openSlot != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
