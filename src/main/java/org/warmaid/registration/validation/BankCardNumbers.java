package org.warmaid.registration.validation;

import java.util.Optional;

/** Debit card numbers: 16 to 19 digits whose last digit is the Luhn check digit. */
public final class BankCardNumbers {

    private BankCardNumbers() {
    }

    public static Optional<String> problem(String number) {
        if (number == null || number.isEmpty()) {
            return Optional.of("请填写工商银行卡号");
        }
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("银行卡号只能由数字组成");
        }
        if (number.length() < 16 || number.length() > 19) {
            return Optional.of("银行卡号应为16至19位数字，当前为" + number.length() + "位");
        }
        if (!passesLuhn(number)) {
            return Optional.of("银行卡号校验不通过，请逐位核对");
        }
        return Optional.empty();
    }

    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
