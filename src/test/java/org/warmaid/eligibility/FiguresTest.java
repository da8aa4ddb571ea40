package org.warmaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void moneyWithTwoDecimalsAsItIs() {
        assertThat(Figures.yuan(new BigDecimal("620"))).isEqualTo("620.00元");
        assertThat(Figures.yuan(new BigDecimal("450.5"))).isEqualTo("450.50元");
        assertThat(Figures.yuan(new BigDecimal("232.49875").divide(BigDecimal.ONE))).isEqualTo("232.4987…元");
        assertThat(Figures.yuan(new BigDecimal("-200.00"))).isEqualTo("-200.00元");
    }

    @Test
    void aFigureJustBelowOrAboveAThresholdNeverReadsAsTheThreshold() {
        assertThat(Figures.yuan(third("1859.99"))).isEqualTo("619.9966…元");
        assertThat(Figures.yuan(third("1860.01"))).isEqualTo("620.0033…元");
        assertThat(Figures.yuan(third("3720.01"))).isEqualTo("1240.0033…元");
        assertThat(Figures.yuan(third("-100.00"))).isEqualTo("-33.3333…元");
        assertThat(Figures.plain(third("75.01"))).isEqualTo("25.0033…");
        assertThat(Figures.plain(third("75.00"))).isEqualTo("25");
        assertThat(Figures.plain(new BigDecimal("25.50"))).isEqualTo("25.5");
    }

    private static BigDecimal third(String value) {
        return new BigDecimal(value).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
    }
}
