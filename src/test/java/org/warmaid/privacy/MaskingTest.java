package org.warmaid.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksIdNumbersCardsAndPhones() {
        assertThat(Masking.idNumber("220102198001011234")).isEqualTo("220102********1234");
        assertThat(Masking.bankCard("6222021000000001234")).isEqualTo("**** 1234");
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone("0431-82701100")).isEqualTo("0431*****1100");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
