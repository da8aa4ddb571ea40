package org.warmaid.review;

import java.util.stream.Collectors;
import org.warmaid.privacy.Masking;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Registration;

/** A registration prepared for the read-only review page: labels in Chinese, numbers masked. */
public record RegistrationSheet(Registration registration, String idNumber, String bankCardNumber, String phone,
        String hardshipTypes, String aidCategory) {

    public RegistrationSheet(Registration r) {
        this(r, Masking.idNumber(r.getIdNumber()), Masking.bankCard(r.getBankCardNumber()), Masking.phone(r.getPhone()),
                r.getHardshipTypes().stream().sorted().map(HardshipType::label).collect(Collectors.joining("、")),
                AidCategory.ofCode(r.getAidCategory()).map(AidCategory::label).orElse(String.valueOf(r.getAidCategory())));
    }
}
