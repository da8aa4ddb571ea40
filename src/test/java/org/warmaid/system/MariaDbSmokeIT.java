package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.support.MariaDbIntegrationTest;

/** The production profile on real MariaDB: schema, isolation, engine, webapps and REST security. */
@MariaDbIntegrationTest
class MariaDbSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    UnitDirectory units;

    @Autowired
    CampaignDirectory campaigns;

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
    void holdsTheDemoFixturesOnce() {
        assertThat(units.findById("U001")).hasValueSatisfying(unit -> assertThat(unit.getUnionHead()).isEqualTo("张伟"));
        assertThat(units.findById("U003")).hasValueSatisfying(unit -> assertThat(unit.getAccountId()).isEqualTo("u003"));
        assertThat(campaigns.findOpen()).isPresent();
        SmokeChecks checks = new SmokeChecks(port);
        for (String filter : new String[] {"省级审核", "入户走访", "佐证材料审核", "资助金发放", "党委审核 · 省交通运输厅"}) {
            assertThat(checks.restJson("/engine-rest/filter/count?name=" + java.net.URLEncoder.encode(filter,
                    java.nio.charset.StandardCharsets.UTF_8)).get("count").asLong()).as(filter).isEqualTo(1);
        }
    }
}
