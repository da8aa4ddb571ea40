package org.warmaid.registration;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.warmaid.privacy.Masking;

/**
 * A registration as the JSON API shows it to its unit. ID, bank card and phone numbers are masked;
 * sending a masked value back unchanged in an update keeps the stored number.
 */
public record RegistrationView(
        Long id,
        String reference,
        String stage,
        String stageLabel,
        String unitCode,
        String name,
        String idNumber,
        String unitAndPosition,
        String phone,
        @JsonUnwrapped Household household,
        String address,
        String bankCardNumber,
        String hardshipReason,
        List<FamilyMemberForm> familyMembers,
        String returnReason,
        Instant correctionDeadline,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        long version) {

    public static RegistrationView of(Registration r) {
        return new RegistrationView(r.getId(), r.getReference(), r.getStage().name(), r.getStage().label(),
                r.getUnitCode(), r.getName(), Masking.idNumber(r.getIdNumber()), r.getUnitAndPosition(),
                Masking.phone(r.getPhone()), r.getHousehold(), r.getAddress(), Masking.bankCard(r.getBankCardNumber()),
                r.getHardshipReason(), r.getFamilyMembers().stream().map(FamilyMember::toForm).toList(),
                r.getReturnReason(), r.getCorrectionDeadline(), r.getCreatedAt(), r.getUpdatedAt(), r.getSubmittedAt(),
                r.getVersion());
    }
}
