package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;

/**
 * Password guessing on every login path: the portal form, the engine REST API and the Camunda
 * webapps' login. One address is stopped for one account after five failures while the unit still
 * gets in from its own office; fifteen failures from several addresses lock the account until an
 * administrator unlocks it; every failure, block and lock is in the audit log with its address.
 * The addresses arrive as X-Forwarded-For from the local reverse proxy, as in production.
 */
@MariaDbIntegrationTest
class LoginProtectionIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger addresses = new AtomicInteger((int) (System.nanoTime() % 200));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Test
    void anAttackersAddressIsStoppedWhileTheUnitStillGetsIn() {
        UnitLogin unit = fixtures.newUnit();
        String attacker = nextAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(unitLogin(unit, "Wrong-Guess-" + attempt, attacker)).as("attempt " + attempt).endsWith("/login?error");
        }
        assertThat(unitLogin(unit, unit.password(), attacker)).as("even the right password, from that address")
                .endsWith("/login?locked");

        String office = nextAddress();
        afterCamundasOwnLoginDelay();
        assertThat(unitLogin(unit, unit.password(), office)).as("the unit from its own office").endsWith("/");

        List<AuditEvent> events = audit.findByActorOrderByIdAsc(unit.accountId());
        assertThat(events).filteredOn(event -> event.action().equals("LOGIN_FAILURE"))
                .hasSize(5).allSatisfy(event -> assertThat(event.actorAddress()).isEqualTo(attacker));
        assertThat(events).filteredOn(event -> event.action().equals("LOGIN_BLOCKED"))
                .singleElement().satisfies(event -> assertThat(event.actorAddress()).isEqualTo(attacker));
        assertThat(events).filteredOn(event -> event.action().equals("LOGIN_SUCCESS"))
                .singleElement().satisfies(event -> assertThat(event.actorAddress()).isEqualTo(office));
    }

    @Test
    void fifteenFailuresFromSeveralAddressesLockTheAccountUntilAnAdministratorUnlocks() {
        UnitLogin unit = fixtures.newUnit();
        for (int address = 0; address < 3; address++) {
            String from = nextAddress();
            for (int attempt = 0; attempt < 5; attempt++) {
                unitLogin(unit, "Wrong-Guess-" + attempt, from);
            }
        }
        assertThat(unitLogin(unit, unit.password(), nextAddress())).as("locked, from anywhere").endsWith("/login?locked");
        assertThat(audit.findByActorOrderByIdAsc(unit.accountId()))
                .filteredOn(event -> event.action().equals("ACCOUNT_LOCKED")).hasSize(1);
        assertThat(new Http(port).get("/api/registrations", unit.accountId(), unit.password()).statusCode())
                .as("the JSON API honours the lock").isEqualTo(401);

        PortalSession admin = PortalSession.staff(port, "demo", "demo");
        assertThat(admin.post("/admin/units/" + unit.unitCode() + "/unlock", Map.of()).statusCode()).isEqualTo(302);
        afterCamundasOwnLoginDelay();
        assertThat(unitLogin(unit, unit.password(), nextAddress())).as("after the unlock").endsWith("/");
    }

    @Test
    void theEngineRestApiAndTheWebappLoginAreThrottledToo() {
        String reviewer = fixtures.newPartyReviewer(fixtures.newUnit().unitCode());
        String attacker = nextAddress();
        Http http = new Http(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(restGet(http, reviewer, "Wrong-" + attempt, attacker).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = restGet(http, reviewer, Fixtures.PASSWORD, attacker);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("登录失败次数过多");
        afterCamundasOwnLoginDelay();
        assertThat(restGet(http, reviewer, Fixtures.PASSWORD, nextAddress()).statusCode()).isEqualTo(200);

        String webappAttacker = nextAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(webappLogin(reviewer, "Wrong-" + attempt, webappAttacker).statusCode()).isIn(401, 403);
        }
        assertThat(webappLogin(reviewer, Fixtures.PASSWORD, webappAttacker).statusCode()).isEqualTo(429);
        afterCamundasOwnLoginDelay();
        assertThat(webappLogin(reviewer, Fixtures.PASSWORD, nextAddress()).statusCode()).isEqualTo(200);

        assertThat(audit.findByActorOrderByIdAsc(reviewer)).extracting(AuditEvent::action)
                .filteredOn(action -> action.equals("LOGIN_FAILURE")).hasSize(10);
    }

    /** The portal login form, from the given address; returns where the application sends the browser. */
    private String unitLogin(UnitLogin unit, String password, String address) {
        Http http = new Http(port);
        Matcher token = CSRF.matcher(http.get("/login").body());
        assertThat(token.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unit", unit.unitCode());
        fields.put("name", unit.unionHead());
        fields.put("password", password);
        fields.put("_csrf", token.group(1));
        HttpResponse<String> response = http.send(http.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> restGet(Http http, String user, String password, String address) {
        return http.send(http.request("/engine-rest/task?firstResult=0&maxResults=10")
                .header("Authorization", Http.basic(user, password))
                .header("X-Forwarded-For", address).GET().build());
    }

    private HttpResponse<String> webappLogin(String user, String password, String address) {
        return CamundaWebapps.loginFrom(address, new Http(port), "tasklist", user, password);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The identity service itself refuses a user for a second after a failed attempt (camunda.bpm.generic-properties). */
    private static void afterCamundasOwnLoginDelay() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A documentation address (RFC 5737) never used before in this run. */
    private static String nextAddress() {
        int n = addresses.incrementAndGet();
        return "198.51." + (100 + n / 250 % 100) + "." + (1 + n % 250);
    }
}
