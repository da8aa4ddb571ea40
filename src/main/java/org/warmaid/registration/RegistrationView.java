package org.warmaid.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
        int householdSize,
        BigDecimal householdMonthlyIncome,
        String address,
        String bankCardNumber,
        String hardshipReason,
        Set<HardshipType> hardshipTypes,
        List<FamilyMemberForm> familyMembers,
        int aidCategory,
        String region,
        BigDecimal incomeTax,
        BigDecimal socialSecurityContributions,
        int monthsBelowStandard,
        BigDecimal necessaryExpenses,
        boolean suddenHardship,
        boolean minimumLivingAllowance,
        boolean disabled,
        int homeCount,
        BigDecimal housingArea,
        boolean ownsShopOrEmploysOthers,
        boolean childInPrivateSchoolOrAbroad,
        boolean usesShipsOrMachinery,
        boolean declaredTruthfully,
        String returnReason,
        Instant correctionDeadline,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        long version) {

    public static RegistrationView of(Registration r) {
        return new RegistrationView(r.getId(), r.getReference(), r.getStage().name(), r.getStage().label(),
                r.getUnitCode(), r.getName(), Masking.idNumber(r.getIdNumber()), r.getUnitAndPosition(),
                Masking.phone(r.getPhone()), r.getHouseholdSize(), r.getHouseholdMonthlyIncome(), r.getAddress(),
                Masking.bankCard(r.getBankCardNumber()), r.getHardshipReason(), r.getHardshipTypes(),
                r.getFamilyMembers().stream().map(FamilyMember::toForm).toList(), r.getAidCategory(), r.getRegion(),
                r.getIncomeTax(), r.getSocialSecurityContributions(), r.getMonthsBelowStandard(),
                r.getNecessaryExpenses(), r.isSuddenHardship(), r.isMinimumLivingAllowance(), r.isDisabled(),
                r.getHomeCount(), r.getHousingArea(), r.isOwnsShopOrEmploysOthers(), r.isChildInPrivateSchoolOrAbroad(),
                r.isUsesShipsOrMachinery(), r.isDeclaredTruthfully(), r.getReturnReason(), r.getCorrectionDeadline(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getSubmittedAt(), r.getVersion());
    }
}
