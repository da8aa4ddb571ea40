package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmaid.support.StandaloneApplication.port;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.context.ConfigurableApplicationContext;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.Http;
import org.warmaid.support.StandaloneApplication;

/**
 * The production profile alone, configured only through the variables the README lists, on its
 * own MariaDB database: no demo data, the first administrator from the environment.
 */
// in-JVM applications, one at a time: the Camunda webapps find their engine in a JVM-wide registry
@Execution(ExecutionMode.SAME_THREAD)
class ProductionProfileStartupStandaloneIT {

    private static final String DB_URL = System.getenv().getOrDefault("WARMAID_TEST_PROD_DB_URL",
            "jdbc:mariadb://127.0.0.1:3306/warmaid_test_prod");

    @Test
    void refusesToStartWithoutTheEncryptionKeys() {
        assertThatThrownBy(() -> StandaloneApplication.start(
                "--spring.profiles.active=mariadb",
                "--WARMAID_DB_URL=" + DB_URL,
                "--WARMAID_DB_PASSWORD=warmaid",
                "--WARMAID_ADMIN_USER=chief",
                "--WARMAID_ADMIN_PASSWORD=Production-Admin-2026"))
                .hasStackTraceContaining("warmaid.privacy.data-key is not set");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> StandaloneApplication.start(
                "--spring.profiles.active=mariadb",
                "--WARMAID_DB_URL=" + DB_URL,
                "--WARMAID_DB_PASSWORD=warmaid",
                "--WARMAID_ADMIN_USER=admin"))
                .hasMessageContaining("WARMAID_ADMIN_PASSWORD");
    }

    @Test
    void startsWithoutDemoDataAndWithTheAdministratorFromTheEnvironment() {
        try (ConfigurableApplicationContext app = StandaloneApplication.start(
                "--spring.profiles.active=mariadb",
                "--WARMAID_DB_URL=" + DB_URL,
                "--WARMAID_DB_USER=warmaid",
                "--WARMAID_DB_PASSWORD=warmaid",
                "--WARMAID_ADMIN_USER=chief",
                "--WARMAID_ADMIN_PASSWORD=Production-Admin-2026",
                "--WARMAID_DATA_KEY=" + randomKey(),
                "--WARMAID_HASH_KEY=" + randomKey())) {
            assertThat(app.getEnvironment().getActiveProfiles()).containsExactly("mariadb");
            assertThat(app.getBean(UnitDirectory.class).findAll().size()).isZero();
            assertThat(app.getBean(CampaignDirectory.class).findAllByOrderByYearDesc().size()).isZero();

            Http http = new Http(port(app));
            assertThat(http.get("/engine-rest/user/count", "chief", "Production-Admin-2026").body())
                    .isEqualTo("{\"count\":1}");
            assertThat(http.get("/engine-rest/task", "demo", "demo").statusCode()).isEqualTo(401);
            assertThat(CamundaWebapps.login(port(app), "cockpit", "chief", "Production-Admin-2026").statusCode())
                    .isEqualTo(200);
        }
    }
}
