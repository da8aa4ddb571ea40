package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.Units;
import org.warmaid.campaign.Campaigns;
import org.warmaid.support.MariaDbIntegrationTest;

/** The production profile on real MariaDB: schema, isolation, engine, webapps and REST security. */
@MariaDbIntegrationTest
class MariaDbSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Units units;

    @Autowired
    Campaigns campaigns;

    @Test
    void runsOnMariaDbWithReadCommittedAndBinaryCollation() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("select @@tx_isolation", String.class)).isEqualTo("READ-COMMITTED");
        assertThat(jdbc.queryForObject(
                "select default_collation_name from information_schema.schemata where schema_name = database()",
                String.class)).isEqualTo("utf8mb4_bin");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1", Integer.class)).isPositive();
    }

    @Test
    void offersTheWebappsAndASecuredEngineRestApi() {
        SmokeChecks checks = new SmokeChecks(port);
        checks.webappsAnswer();
        checks.engineRestNeedsCamundaIdentity();
        checks.demoAccountsLogIntoTheirWebapps();
        checks.everyModelFileIsDeployed(Path.of("").toAbsolutePath());
    }

    @Test
    void holdsTheFixturesOnce() {
        assertThat(units.count()).isEqualTo(3);
        assertThat(campaigns.findOpen()).isPresent();
        assertThat(new SmokeChecks(port).demoCounts().filters()).isEqualTo(7);
    }
}
