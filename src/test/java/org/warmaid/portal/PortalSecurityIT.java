package org.warmaid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.document.Documents;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/** The portal's pages against forged requests and other units' ids in URLs. */
@MariaDbIntegrationTest
class PortalSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Documents documents;

    UnitLogin unitA;
    UnitLogin unitB;
    long registrationOfB;

    @BeforeEach
    void twoUnits() {
        fixtures.openCampaign();
        unitA = fixtures.newUnit();
        unitB = fixtures.newUnit();
        registrationOfB = new ApiClient(port, unitB.accountId(), unitB.password())
                .post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
    }

    @Test
    void everyPageNeedsALogin() {
        PortalSession anonymous = PortalSession.anonymous(port);
        for (String path : new String[] {"/portal/registrations", "/portal/registrations/new", "/portal/summary",
                "/portal/summary.xlsx", "/portal/registrations/" + registrationOfB, "/account/password"}) {
            var response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        PortalSession session = PortalSession.unit(port, unitB.unitCode(), unitB.unionHead(), unitB.password());
        var forged = session.postWithoutToken("/portal/registrations/delete", Map.of("ids", String.valueOf(registrationOfB)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(registrations.findById(registrationOfB).orElseThrow().getStage()).isEqualTo(Stage.ENTERED);
    }

    @Test
    void anotherUnitsIdsInUrlsReachNothing() {
        PortalSession session = PortalSession.unit(port, unitA.unitCode(), unitA.unionHead(), unitA.password());
        var page = session.get("/portal/registrations/" + registrationOfB);
        assertThat(page.statusCode()).as("answered as an unknown id is").isEqualTo(404);
        assertThat(page.body()).doesNotContain("刘洋");
        assertThat(session.get("/portal/registrations/" + (registrationOfB + 1_000_000_000L)).statusCode()).isEqualTo(404);

        var delete = session.post("/portal/registrations/delete", Map.of("ids", String.valueOf(registrationOfB)));
        assertThat(delete.statusCode()).isEqualTo(302);
        var submit = session.post("/portal/registrations/" + registrationOfB + "/submit", Map.of());
        assertThat(submit.statusCode()).isIn(302, 404);
        var update = session.post("/portal/registrations/" + registrationOfB, Map.of("name", "篡改", "version", "0"));
        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(registrations.findById(registrationOfB).orElseThrow().getStage()).isEqualTo(Stage.ENTERED);
        assertThat(registrations.findById(registrationOfB).orElseThrow().getName()).isEqualTo("刘洋");

        var upload = session.get("/portal/registrations");
        assertThat(upload.body()).doesNotContain("刘洋");
    }

    @Test
    void staffAccountsHaveNoPortal() {
        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        assertThat(reviewer.get("/portal/registrations").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/portal/summary.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void sessionsAreRenewedAtLoginAndEndAtLogout() {
        PortalSession session = PortalSession.anonymous(port);
        session.get("/login");
        String before = session.http().cookie("JSESSIONID");
        var login = session.post("/login", Map.of("unit", unitA.unitCode(), "name", unitA.unionHead(), "password", unitA.password()));
        assertThat(login.statusCode()).isEqualTo(302);
        String after = session.http().cookie("JSESSIONID");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(session.get("/portal/registrations").statusCode()).isEqualTo(200);

        assertThat(session.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(session.get("/portal/registrations").statusCode()).isEqualTo(302);
    }
}
