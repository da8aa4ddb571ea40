package org.warmaid.registration.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankCardNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6222021000000000017    | valid
            6222021000000000018    | 校验不通过
            4111111111111111       | valid
            4111111111111112       | 校验不通过
            6212260200011234568    | 校验不通过
            622202100000001        | 16至19位数字，当前为15位
            62220210000000000171   | 16至19位数字，当前为20位
            62220210000A0000017    | 只能由数字组成
            """)
    void judgesEachNumber(String number, String expected) {
        if (expected.equals("valid")) {
            assertThat(BankCardNumbers.problem(number)).isEmpty();
        } else {
            assertThat(BankCardNumbers.problem(number)).hasValueSatisfying(message -> assertThat(message).contains(expected));
        }
    }
}
