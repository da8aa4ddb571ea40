package org.warmaid.review;

import java.util.stream.Collectors;
import org.warmaid.privacy.Masking;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Household;
import org.warmaid.registration.Registration;

/** A registration prepared for the read-only review page: labels in Chinese, numbers masked. */
public record RegistrationSheet(Registration registration, String idNumber, String bankCardNumber, String phone,
        String hardshipTypes, String aidCategory) {

    public RegistrationSheet(Registration r) {
        this(r, Masking.idNumber(r.getIdNumber()), Masking.bankCard(r.getBankCardNumber()), Masking.phone(r.getPhone()),
                hardshipTypes(r.getHousehold()), aidCategory(r.getHousehold().aidCategory()));
    }

    private static String hardshipTypes(Household household) {
        return household.hardshipTypes().stream().sorted().map(HardshipType::label).collect(Collectors.joining("、"));
    }

    private static String aidCategory(int code) {
        return AidCategory.ofCode(code).map(AidCategory::label).orElse(String.valueOf(code));
    }
}
