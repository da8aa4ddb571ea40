package org.warmaid.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A possible double registration for reviewers to look at: the worker appears as a family member
 * in another registration, or one of the worker's family members is registered elsewhere. Units
 * never see these (the other registration may belong to another unit).
 */
@Entity
public class DuplicateFlag {

    public enum Kind {
        /** this worker is listed as a family member in the other registration */
        LISTED_AS_FAMILY_MEMBER,
        /** a family member listed here is registered as a worker in the other registration */
        FAMILY_MEMBER_REGISTERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    private Long otherRegistrationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String detail;

    private Instant flaggedAt;

    protected DuplicateFlag() {
    }

    DuplicateFlag(Long registrationId, Long otherRegistrationId, Kind kind, String detail, Instant flaggedAt) {
        this.registrationId = registrationId;
        this.otherRegistrationId = otherRegistrationId;
        this.kind = kind;
        this.detail = detail;
        this.flaggedAt = flaggedAt;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getOtherRegistrationId() {
        return otherRegistrationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }
}
