package org.warmaid.registration.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-digit resident identity number of GB 11643-1999: six digits of region, the birth date
 * (yyyyMMdd), a three-digit sequence and a check character computed by ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83", "91");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumbers() {
    }

    /** What is wrong with the number, in words a union cadre understands; empty when it is valid. */
    public static Optional<String> problem(String id, LocalDate today) {
        if (id == null || id.isEmpty()) {
            return Optional.of("请填写身份证号码");
        }
        if (id.length() != 18) {
            return Optional.of("身份证号码应为18位，当前为" + id.length() + "位");
        }
        if (!id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(id.charAt(17)) || id.charAt(17) == 'X')) {
            return Optional.of("身份证号码只能由数字组成，最后一位可以是X");
        }
        if (!PROVINCE_CODES.contains(id.substring(0, 2))) {
            return Optional.of("身份证号码前两位不是有效的省级行政区划代码");
        }
        Optional<LocalDate> birth = birthDate(id);
        if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
            return Optional.of("身份证号码中的出生日期（第7–14位）不是有效日期");
        }
        if (id.charAt(17) != checkCharacter(id)) {
            return Optional.of("身份证号码校验位（最后一位）不正确，请逐位核对");
        }
        return Optional.empty();
    }

    public static boolean isValid(String id, LocalDate today) {
        return problem(id, today).isEmpty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** Age in whole years on the given day, from the birth date in the number. */
    public static Optional<Integer> ageOn(String id, LocalDate day) {
        return birthDate(id).map(birth -> java.time.Period.between(birth, day).getYears());
    }

    public static Optional<LocalDate> birthDate(String id) {
        if (id == null || id.length() < 14) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
