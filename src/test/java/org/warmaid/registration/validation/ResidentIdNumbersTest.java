package org.warmaid.registration.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            220102198001010012   | valid
            11010519491231002X   | valid
            110105194912310021   | 校验位
            220102198001010013   | 校验位
            220102198002300011   | 出生日期
            220102198013010013   | 出生日期
            220102203001010015   | 出生日期
            220102185001010017   | 出生日期
            22010219800101001    | 18位，当前为17位
            2201021980010100123  | 18位，当前为19位
            22010219800101001A   | 只能由数字组成
            2201021980O101001X   | 只能由数字组成
            990102198001010010   | 行政区划
            """)
    void judgesEachNumber(String id, String expected) {
        if (expected.equals("valid")) {
            assertThat(ResidentIdNumbers.problem(id, TODAY)).isEmpty();
        } else {
            assertThat(ResidentIdNumbers.problem(id, TODAY)).hasValueSatisfying(message -> assertThat(message).contains(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"22010219800101001, 2", "11010519491231002, X", "44030420000229123, 6"})
    void computesTheIso7064CheckCharacter(String first17, char check) {
        assertThat(ResidentIdNumbers.checkCharacter(first17)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"220102198001010012, 46", "220102198011290011, 45", "220102198011280016, 46"})
    void tellsTheAgeOnADay(String id, int age) {
        assertThat(ResidentIdNumbers.ageOn(id, TODAY)).contains(age);
    }
}
