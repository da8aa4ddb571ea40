package org.warmaid.registration;

import java.time.Instant;
import org.warmaid.privacy.Masking;

/** One line of the unit's list: who, where it stands, and why it came back if it did. */
public record RegistrationSummary(Long id, String reference, String name, String idNumber, String stage,
        String stageLabel, String returnReason, Instant correctionDeadline, Instant updatedAt, long version) {

    public static RegistrationSummary of(Registration r) {
        return new RegistrationSummary(r.getId(), r.getReference(), r.getName(), Masking.idNumber(r.getIdNumber()),
                r.getStage().name(), r.getStage().label(), r.getReturnReason(), r.getCorrectionDeadline(),
                r.getUpdatedAt(), r.getVersion());
    }
}
