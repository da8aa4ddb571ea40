package org.warmaid.registration.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers (1[3-9] + 9 digits) and landlines (area code 0xx/0xxx, 7–8 digits, extension). */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?[1-9]\\d{6,7}(-\\d{1,6})?");

    private PhoneNumbers() {
    }

    public static Optional<String> problem(String phone) {
        if (phone == null || phone.isEmpty()) {
            return Optional.of("请填写联系电话");
        }
        if (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches()) {
            return Optional.empty();
        }
        return Optional.of("联系电话格式不正确：手机号为11位数字，座机请加区号，如0431-82701100");
    }
}
