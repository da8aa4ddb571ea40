package org.warmaid.registration.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13804310000", "19912345678", "0431-82701100", "043182701100", "010-12345678",
            "0431-8270110", "0431-82701100-123"})
    void acceptsMobileAndLandlineNumbers(String phone) {
        assertThat(PhoneNumbers.problem(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12804310000", "1380431000", "138043100001", "82701100", "0431-0270110",
            "abc", "1380431000O", "+8613804310000", "0431 82701100 ext"})
    void refusesAnythingElse(String phone) {
        assertThat(PhoneNumbers.problem(phone)).hasValueSatisfying(message -> assertThat(message).contains("联系电话格式不正确"));
    }
}
