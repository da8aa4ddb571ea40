package org.warmaid.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Entry reopened for one unit until a given time, with the reason it was granted. */
@Entity
@Immutable
@Table(name = "unit_entry_extension")
public class EntryExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campaignId;

    private String unitCode;

    private Instant until;

    private String reason;

    private String grantedBy;

    private Instant grantedAt;

    protected EntryExtension() {
    }

    EntryExtension(Long campaignId, String unitCode, Instant until, String reason, String grantedBy, Instant grantedAt) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.until = until;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Instant getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
