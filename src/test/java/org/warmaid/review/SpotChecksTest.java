package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpotChecksTest {

    @Test
    void preselectsAboutTheCampaignsShareRepeatablyForASeed() {
        SpotChecks first = new SpotChecks(new Random(2027), null);
        SpotChecks second = new SpotChecks(new Random(2027), null);
        BigDecimal tenPercent = new BigDecimal("0.10");
        long picked = IntStream.range(0, 2000).filter(i -> first.preselect(tenPercent)).count();
        assertThat(picked).isBetween(160L, 240L);

        SpotChecks third = new SpotChecks(new Random(7), null);
        SpotChecks fourth = new SpotChecks(new Random(7), null);
        assertThat(IntStream.range(0, 50).mapToObj(i -> third.preselect(tenPercent)).toList())
                .isEqualTo(IntStream.range(0, 50).mapToObj(i -> fourth.preselect(tenPercent)).toList());
        assertThat(second.preselect(BigDecimal.ZERO)).isFalse();
        assertThat(second.preselect(BigDecimal.ONE)).isTrue();
    }
}
