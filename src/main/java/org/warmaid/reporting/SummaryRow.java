package org.warmaid.reporting;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Household;
import org.warmaid.registration.Registration;

/**
 * One worker's line in the 汇总表, with the full numbers of the official paper copy and the aid: the
 * amount the provincial union approved, or until then the amount the rules suggest.
 */
record SummaryRow(String reference, String name, String idNumber, String unitAndPosition, String phone,
        int householdSize, BigDecimal monthlyIncome, String address, String bankCardNumber, String hardshipTypes,
        String hardshipReason, String familyMembers, String aidCategory, String stage, BigDecimal amount,
        boolean amountApproved) {

    static SummaryRow of(Registration r, BigDecimal amount, boolean amountApproved) {
        Household household = r.getHousehold();
        return new SummaryRow(r.getReference(), r.getName(), r.getIdNumber(), r.getUnitAndPosition(), r.getPhone(),
                household.householdSize(), household.householdMonthlyIncome(), r.getAddress(), r.getBankCardNumber(),
                household.hardshipTypes().stream().sorted().map(HardshipType::label).collect(Collectors.joining("、")),
                r.getHardshipReason(),
                r.getFamilyMembers().stream().map(m -> m.getName() + "（" + m.getRelation() + "，" + m.getAge() + "岁，"
                        + m.getWorkUnitAndPosition() + "）").collect(Collectors.joining("；")),
                AidCategory.ofCode(household.aidCategory()).map(category -> "（" + "一二三四五六七".charAt(category.code() - 1) + "）")
                        .orElse(""),
                r.getStage().label(), amount, amountApproved);
    }
}
