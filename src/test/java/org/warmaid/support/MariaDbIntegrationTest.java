package org.warmaid.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the production "mariadb" profile against the real MariaDB database
 * {@code warmaid_test}, with the demo accounts as fixtures. Every test class carrying it shares
 * one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mariadb", "demo", "it"})
@Import(TestSupportConfiguration.class)
public @interface MariaDbIntegrationTest {
}
