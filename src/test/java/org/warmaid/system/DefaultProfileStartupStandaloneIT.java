package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import static org.warmaid.support.StandaloneApplication.port;

import org.springframework.context.ConfigurableApplicationContext;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.support.StandaloneApplication;

/**
 * The newcomer's path: the application started with no profile runs on an H2 file database with
 * the demo data, and a second start on the same files finds the same data, not a second copy.
 */
// in-JVM applications, one at a time: the Camunda webapps find their engine in a JVM-wide registry
@Execution(ExecutionMode.SAME_THREAD)
class DefaultProfileStartupStandaloneIT {

    @TempDir
    Path dataDir;

    @Test
    void startsOnH2WithDemoDataAndRestartsWithoutDuplicates() {
        String url = "jdbc:h2:file:" + dataDir.resolve("warmaid").toAbsolutePath();
        SmokeChecks.DemoCounts afterFirstStart;
        try (ConfigurableApplicationContext app = start(url)) {
            SmokeChecks checks = new SmokeChecks(port(app));
            checks.webappsAnswer();
            checks.engineRestNeedsCamundaIdentity();
            checks.demoAccountsLogIntoTheirWebapps();
            checks.everyModelFileIsDeployed(Path.of("").toAbsolutePath());

            afterFirstStart = checks.demoCounts();
            assertThat(afterFirstStart.users()).as("u001-u003, party1-3, reviewer, finance, analyst, auditor, demo").isEqualTo(11);
            assertThat(afterFirstStart.groups()).as("5 staff groups + unit and party group per unit").isEqualTo(11);
            assertThat(afterFirstStart.filters()).as("a filter per party group, 3 provincial, 1 finance").isEqualTo(7);
            assertThat(app.getBean(UnitDirectory.class).findAll().size()).isEqualTo(3);
            assertThat(app.getBean(CampaignDirectory.class).findAllByOrderByYearDesc().size()).isEqualTo(1);
            assertThat(app.getBean(CampaignDirectory.class).findOpen()).isPresent();
        }

        try (ConfigurableApplicationContext app = start(url)) {
            SmokeChecks checks = new SmokeChecks(port(app));
            assertThat(checks.demoCounts()).isEqualTo(afterFirstStart);
            assertThat(app.getBean(UnitDirectory.class).findAll().size()).isEqualTo(3);
            assertThat(app.getBean(CampaignDirectory.class).findAllByOrderByYearDesc().size()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return StandaloneApplication.start("--spring.datasource.url=" + url);
    }
}
