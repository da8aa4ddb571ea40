package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalForms;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.WebappSession;

/**
 * HTTP sessions are kept in the database (Spring Session JDBC), which is what lets another node
 * continue them (two nodes: {@code TwoNodesFaultIT}): the portal's and the Camunda webapps' sessions
 * are rows there, every attribute can be read back by another JVM, nothing in them is personal data,
 * and logout, idle timeout and absolute lifetime are decided by what the rows say.
 */
@MariaDbIntegrationTest
class SessionsInDatabaseIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPortalSessionHoldsNoPersonalDataWhileTheWorkerIsEnteredAndSubmitted() throws Exception {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("欧阳会话");
        form.setHardshipReason("丈夫因工伤卧床，会话测试专用说明");
        HttpResponse<String> saved = portal.post("/portal/registrations/new", PortalForms.fieldsOf(form));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        HttpResponse<String> submitted = portal.post("/portal/registrations/" + id + "/submit", Map.of());
        assertThat(submitted.statusCode()).isEqualTo(302);
        String reference = jdbc.queryForObject("select reference from registration where id = ?", String.class, id);

        // the flash message of the submit waits in the session for the next page
        Map<String, byte[]> attributes = attributesOf(sessionOf(unit.accountId()));
        assertThat(attributes).containsKeys("SPRING_SECURITY_CONTEXT",
                "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS");
        String everything = String.join("", attributes.values().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList());
        assertThat(everything).as("the flash message names the registration by its reference").contains(reference);
        assertThat(everything).as("no personal data in the session")
                .doesNotContain(form.getName(), form.getIdNumber(), form.getBankCardNumber(), form.getPhone(),
                        form.getHardshipReason(), form.getFamilyMembers().get(0).getName(), unit.unionHead(),
                        form.getAddress());
        attributes.forEach(SessionsInDatabaseIT::readableByAnotherJvm);

        assertThat(portal.get("/portal/registrations").body()).contains(reference).contains("已上报");
    }

    @Test
    void aTasklistSessionWithItsXsrfTokenIsKeptInTheDatabase() throws Exception {
        WebappSession tasklist = WebappSession.login(new Http(port), "tasklist", "reviewer", "demo");
        String session = jdbc.queryForObject("select s.PRIMARY_ID from SPRING_SESSION s join SPRING_SESSION_ATTRIBUTES a "
                + "on a.SESSION_PRIMARY_ID = s.PRIMARY_ID where a.ATTRIBUTE_NAME = 'CAMUNDA_CSRF_TOKEN' "
                + "and s.SESSION_ID = ?", String.class, sessionId(tasklist.http()));
        Map<String, byte[]> attributes = attributesOf(session);
        assertThat(attributes).containsKeys("authenticatedUser", "CAMUNDA_CSRF_TOKEN");
        attributes.forEach(SessionsInDatabaseIT::readableByAnotherJvm);
        Object token = readableByAnotherJvm("CAMUNDA_CSRF_TOKEN", attributes.get("CAMUNDA_CSRF_TOKEN"));
        assertThat(token).isEqualTo(tasklist.xsrfToken());

        assertThat(tasklist.post("/task/count", Map.of()).statusCode()).as("a write with the token").isEqualTo(200);
        assertThat(tasklist.logout().statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRIMARY_ID = ?", Long.class, session))
                .as("the webapps' logout ends the one session of the pages and the webapps, for every node").isZero();
        assertThat(tasklist.get("/task/count").statusCode()).isEqualTo(401);
    }

    @Test
    void aLogoutRemovesTheSessionFromTheDatabase() {
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        String session = sessionOf(unit.accountId());
        String cookie = portal.http().cookie("JSESSIONID");
        assertThat(portal.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRIMARY_ID = ?", Long.class, session)).isZero();

        Http replay = new Http(port);
        HttpResponse<String> page = replay.send(replay.request("/portal/registrations").header("Cookie", "JSESSIONID=" + cookie)
                .header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).as("the old cookie after logout").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void idleTimeoutAndAbsoluteLifetimeAreWhatTheDatabaseSays() {
        UnitLogin unit = fixtures.newUnit();
        PortalSession idle = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        long now = System.currentTimeMillis();
        // as if the last request, on any node, had been 31 minutes ago
        update("update SPRING_SESSION set LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? where PRINCIPAL_NAME = ?",
                now - Duration.ofMinutes(31).toMillis(), now - Duration.ofMinutes(1).toMillis(), unit.accountId());
        HttpResponse<String> afterIdle = idle.get("/portal/registrations");
        assertThat(afterIdle.statusCode()).isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location").orElse("")).endsWith("/login");

        PortalSession old = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        assertThat(old.get("/portal/registrations").statusCode()).isEqualTo(200);
        // as if it had been created, on any node, 12 hours and a minute ago and used ever since
        update("update SPRING_SESSION set CREATION_TIME = ? where PRINCIPAL_NAME = ?",
                now - Duration.ofHours(12).plusMinutes(1).toMillis(), unit.accountId());
        HttpResponse<String> afterLifetime = old.get("/portal/registrations");
        assertThat(afterLifetime.statusCode()).isEqualTo(302);
        assertThat(afterLifetime.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Long.class,
                unit.accountId())).isZero();
    }

    @Test
    void aSessionWrittenByAnotherVersionIsTakenAsSignedOutNotAsAnError() {
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        // the signed-in account as a node with other classes would have written it
        byte[] unreadable = "\u00ac\u00ed\u0000\u0005sr\u0000\u0014org.warmaid.Vanished".getBytes(StandardCharsets.ISO_8859_1);
        update("update SPRING_SESSION_ATTRIBUTES set ATTRIBUTE_BYTES = ? where ATTRIBUTE_NAME = 'SPRING_SECURITY_CONTEXT' "
                + "and SESSION_PRIMARY_ID = ?", unreadable, sessionOf(unit.accountId()));
        HttpResponse<String> page = portal.get("/portal/registrations");
        assertThat(page.statusCode()).as("the login page, not an error").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private void update(String sql, Object... arguments) {
        Integer changed = transactions.execute(status -> jdbc.update(sql, arguments));
        assertThat(changed).as("sessions changed").isEqualTo(1);
    }

    private String sessionOf(String accountId) {
        List<String> sessions = jdbc.queryForList("select PRIMARY_ID from SPRING_SESSION where PRINCIPAL_NAME = ?",
                String.class, accountId);
        assertThat(sessions).as("sessions of %s", accountId).hasSize(1);
        return sessions.get(0);
    }

    /** The session id the browser's cookie carries (Spring Session writes it base64-encoded). */
    private static String sessionId(Http http) {
        return new String(java.util.Base64.getDecoder().decode(http.cookie("JSESSIONID")), StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> attributesOf(String session) {
        Map<String, byte[]> attributes = new LinkedHashMap<>();
        jdbc.query("select ATTRIBUTE_NAME, ATTRIBUTE_BYTES from SPRING_SESSION_ATTRIBUTES where SESSION_PRIMARY_ID = ?",
                row -> {
                    attributes.put(row.getString(1), row.getBytes(2));
                }, session);
        return attributes;
    }

    /** Deserialized here, as another node would: every class in the session must be serializable and known. */
    private static Object readableByAnotherJvm(String name, byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("session attribute " + name + " cannot be read back", e);
        }
    }
}
