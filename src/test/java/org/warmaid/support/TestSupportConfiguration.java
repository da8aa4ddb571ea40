package org.warmaid.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.warmaid.audit.AuditTrail;

@TestConfiguration(proxyBeanMethods = false)
@Import({Fixtures.class, Journeys.class, AuditTrail.class})
public class TestSupportConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
