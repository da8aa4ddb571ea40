package org.warmaid.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
@Import({Fixtures.class, Journeys.class})
public class TestSupportConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
