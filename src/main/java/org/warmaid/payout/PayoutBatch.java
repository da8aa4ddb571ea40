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

/** A set of payments sent to the bank in one file. */
@Entity
public class PayoutBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private BatchStatus status = BatchStatus.CREATED;

    private String bankLayout;

    private int paymentCount;

    private BigDecimal totalAmount = BigDecimal.ZERO;

    private String createdBy;

    private Instant createdAt;

    private String resultFileHash;

    private Instant resultImportedAt;

    @Version
    private long version;

    protected PayoutBatch() {
    }

    PayoutBatch(String reference, Long campaignId, String bankLayout, String createdBy, Instant createdAt) {
        this.reference = reference;
        this.campaignId = campaignId;
        this.bankLayout = bankLayout;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void totals(int count, BigDecimal total) {
        this.paymentCount = count;
        this.totalAmount = total;
    }

    void sent() {
        if (status == BatchStatus.CREATED) {
            status = BatchStatus.SENT;
        }
    }

    void settled() {
        status = BatchStatus.SETTLED;
    }

    void resultImported(String hash, Instant at) {
        resultFileHash = hash;
        resultImportedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public String getBankLayout() {
        return bankLayout;
    }

    public int getPaymentCount() {
        return paymentCount;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getResultFileHash() {
        return resultFileHash;
    }

    public Instant getResultImportedAt() {
        return resultImportedAt;
    }
}
