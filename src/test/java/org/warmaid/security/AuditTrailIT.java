package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * The audit log: who did what, when, from where and with what outcome, for a unit's work, a look
 * at full numbers, an export and an account change made in Camunda Admin; readable and exportable
 * by auditors only; and final — not even a direct SQL statement changes or removes a row.
 */
@MariaDbIntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditTrail events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aUnitsWorkAndEveryLookAtFullNumbersAreRecorded() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        Instant start = Instant.now().minusMillis(1);
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        String reference = api.get("/api/registrations/" + id).body().get("reference").asText();
        assertThat(api.get("/api/registrations/" + id + "/numbers").status()).isEqualTo(200);
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(new Http(port).sendBytes(new Http(port).request("/api/reports/unit-summary.xlsx")
                .header("Authorization", Http.basic(unit.accountId(), unit.password())).GET().build()).statusCode())
                .isEqualTo(200);

        List<AuditEvent> trail = events.findByTargetTypeAndTargetIdOrderByIdAsc("registration", reference);
        assertThat(trail).extracting(AuditEvent::action)
                .contains("REGISTRATION_CREATE", "PERSONAL_DATA_REVEAL", "REGISTRATION_SUBMIT");
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(unit.accountId());
            assertThat(event.actorAddress()).isNotBlank();
            assertThat(event.occurredAt()).as("read back as written").isBetween(start, Instant.now());
            assertThat(event.outcome()).isEqualTo("SUCCESS");
        });
        assertThat(events.findByActorOrderByIdAsc(unit.accountId())).extracting(AuditEvent::action)
                .contains("EXPORT_UNIT_SUMMARY");
    }

    @Test
    void auditRowsCannotBeChangedOrRemovedEvenBySql() {
        fixtures.newUnit();
        Long newest = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        String action = jdbc.queryForObject("SELECT action FROM audit_event WHERE id = ?", String.class, newest);
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET action = 'TAMPERED' WHERE id = ?", newest))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", newest))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThat(jdbc.queryForObject("SELECT action FROM audit_event WHERE id = ?", String.class, newest)).isEqualTo(action);
    }

    @Test
    void onlyAuditorsReadAndExportTheLogAndTheirExportIsRecorded() {
        PortalSession auditor = PortalSession.staff(port, "auditor", "demo");
        var page = auditor.get("/audit?action=LOGIN_SUCCESS");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("审计日志", "登录成功", "auditor").doesNotContain("LOGIN_SUCCESS<");
        var export = auditor.http().sendBytes(auditor.http().request("/audit/export.xlsx").GET().build());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(events.findByActorOrderByIdAsc("auditor")).extracting(AuditEvent::action).contains("EXPORT_AUDIT_LOG");

        PortalSession administrator = PortalSession.staff(port, "demo", "demo");
        assertThat(administrator.get("/audit").statusCode()).as("administrators cannot read it").isEqualTo(403);
        assertThat(administrator.get("/audit/export.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void accountAndRoleChangesInCamundaAdminAreRecorded() {
        String userId = "audited" + System.nanoTime() % 1_000_000;
        ApiClient admin = new ApiClient(port, "demo", "demo");
        assertThat(admin.post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", userId, "firstName", "临时", "lastName", "账号", "email", userId + "@example.org"),
                "credentials", Map.of("password", "Audited-2027-Pass"))).status()).isEqualTo(204);
        assertThat(admin.put("/engine-rest/group/provincial-reviewers/members/" + userId, "").status()).isEqualTo(204);
        assertThat(admin.delete("/engine-rest/group/provincial-reviewers/members/" + userId).status()).isEqualTo(204);

        assertThat(events.findByActorOrderByIdAsc("demo")).extracting(AuditEvent::action, AuditEvent::targetType)
                .contains(org.assertj.core.groups.Tuple.tuple("ADMIN_CREATE", "User"),
                        org.assertj.core.groups.Tuple.tuple("ADMIN_CREATE", "Group membership"),
                        org.assertj.core.groups.Tuple.tuple("ADMIN_DELETE", "Group membership"));

        String hash = jdbc.queryForObject("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?", String.class, userId);
        assertThat(hash).as("salted BCrypt, not the engine's default SHA").contains("$2a$10$").doesNotContain("Audited-2027-Pass");
    }
}
