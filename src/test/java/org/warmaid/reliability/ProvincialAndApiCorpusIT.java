package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.support.ApiClient;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StoredRows;

/**
 * The remaining calls under bad input: the provincial pages (工作概况, a unit's drill-down, the
 * all-units workbook, the charts' JSON), the reviewers' registration page, form, documents and
 * full numbers, the audit log and its export, the administrators' campaign and unit pages (reads,
 * refused writes, the unit import with files that are not workbooks) with every hostile value as an
 * id or parameter; the JSON API's registration calls with hostile ids, an {@code Idempotency-Key} of
 * hostile values and errors asked for as HTML; and the error pages themselves: unknown paths, wrong
 * methods, an unreadable upload and an address Tomcat rejects before the application. Asserted: no
 * 5xx, never a stack trace or the container's page, Chinese on every refusal (JSON with a message for
 * the API), and the registration used throughout unchanged.
 */
@MariaDbIntegrationTest
class ProvincialAndApiCorpusIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void provincialReviewAuditAndAdministrationPagesWithHostileParameters() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        long id = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", SampleRegistrations.valid())
                .body().get("id").asLong();
        Map<String, Object> before = StoredRows.registration(jdbc, id);
        CorpusTally tally = new CorpusTally("bad input, provincial, review, audit and administration pages");
        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        PortalSession auditor = PortalSession.staff(port, "auditor", "demo");
        PortalSession admin = PortalSession.staff(port, "demo", "demo");
        String adminToken = admin.csrfToken();

        for (String bad : HostileValues.ids()) {
            for (String path : List.of("/province?campaign=" + bad, "/province/overview.json?campaign=" + bad,
                    "/province/units/" + bad, "/province/units/" + unit.unitCode() + "?campaign=" + bad,
                    "/province/reports/all-units.xlsx?campaign=" + bad, "/review/registrations/" + bad,
                    "/review/registrations/" + bad + "/form.xlsx", "/review/documents/" + bad, "/review/registrations/" + bad + "/numbers")) {
                answered(reviewer, reviewer.get(path), tally, path);
            }
            answered(admin, admin.get("/admin/campaigns/" + bad), tally, "campaign " + bad);
            answered(admin, form(admin, adminToken, "/admin/campaigns/" + bad + "/reopen",
                    Map.of("unitCode", bad, "until", bad, "reason", bad)), tally, "reopen " + bad);
            answered(admin, form(admin, adminToken, "/admin/units/" + bad + "/unlock", Map.of()), tally, "unlock " + bad);
        }
        for (String value : HostileValues.text()) {
            String query = value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (String parameter : List.of("actor", "action", "target", "from", "until", "page")) {
                answered(auditor, auditor.get("/audit?" + parameter + "=" + query), tally, "audit " + parameter);
            }
            answered(auditor, auditor.get("/audit/export.xlsx?from=" + query + "&actor=" + query), tally, "audit export");
            for (String field : List.of("name", "year", "entryDeadline", "spotCheckPercent", "materialsFrom")) {
                Map<String, String> alone = new LinkedHashMap<>();
                if (value != null) {
                    alone.put(field, value);
                }
                HttpResponse<String> answer = form(admin, adminToken, "/admin/campaigns/new", alone);
                answered(admin, answer, tally, "new campaign " + field + "=" + HostileValues.brief(value));
                assertThat(answer.statusCode()).as("a campaign with one field only is never created").isEqualTo(200);
            }
        }
        for (byte[] file : List.of("not a workbook".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            Multipart body = new Multipart().field("_csrf", adminToken).file("file", "units.xlsx", "application/octet-stream", file);
            answered(admin, raw(admin, "/admin/units/import", body.contentType(), body.bytes(), adminToken), tally, "unit import");
        }
        answered(admin, raw(admin, "/admin/units/import", "multipart/form-data", new byte[10], adminToken), tally, "unit import, no boundary");

        assertThat(StoredRows.registration(jdbc, id)).as("the registration unchanged").isEqualTo(before);
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print("no write went through; the registration unchanged");
    }

    /**
     * The JSON API's registration calls with hostile ids and Idempotency-Keys; a refused call asked
     * for as HTML only (still JSON, still 400); unknown paths and wrong methods (JSON with a message).
     */
    @Test
    void jsonCallsWithHostileIdsKeysAndAcceptHeaders() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        Map<String, Object> before = StoredRows.registration(jdbc, id);
        CorpusTally tally = new CorpusTally("bad input, JSON API ids, keys and Accept");
        Http http = new Http(port);
        String authorization = Http.basic(unit.accountId(), unit.password());

        for (String bad : HostileValues.ids()) {
            for (String[] call : List.of(new String[] {"GET", "/api/registrations/" + bad}, new String[] {"DELETE", "/api/registrations/" + bad},
                    new String[] {"PUT", "/api/registrations/" + bad}, new String[] {"POST", "/api/registrations/" + bad + "/submit"},
                    new String[] {"GET", "/api/registrations/" + bad + "/numbers"}, new String[] {"GET", "/api/nothing/" + bad},
                    new String[] {"PATCH", "/api/registrations/" + id}, new String[] {"GET", "/api/registrations?page=" + bad})) {
                HttpResponse<String> answer = http.send(http.request(call[1]).header("Authorization", authorization)
                        .header("Content-Type", "application/json").header("Accept", bad.length() % 2 == 0 ? "application/json" : "text/html")
                        .method(call[0], HttpRequest.BodyPublishers.ofString("{}")).build());
                json(answer, tally, call[0] + " " + call[1]);
            }
        }
        for (String key : List.of("", " ", "x".repeat(500), "key with spaces", "<script>", "'; DROP TABLE idempotent_request; --",
                "%00")) {
            HttpResponse<String> answer = http.send(http.request("/api/registrations").header("Authorization", authorization)
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build());
            json(answer, tally, "Idempotency-Key " + HostileValues.brief(key));
        }
        for (String accept : List.of("text/html", "image/png", "no/such-type;;", "*/*;q=x")) {
            HttpResponse<String> answer = http.send(http.request("/api/registrations").header("Authorization", authorization)
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"householdSize\":\"many\"}")).build());
            json(answer, tally, "refused create, Accept " + accept);
            assertThat(answer.statusCode()).as("Accept %s", accept).isEqualTo(400);
        }
        assertThat(StoredRows.registration(jdbc, id)).as("the registration unchanged").isEqualTo(before);
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print("every refusal JSON with a Chinese message whatever the Accept header; the registration unchanged");
    }

    /** The error pages: unknown page, wrong method, unreadable upload, an address refused by Tomcat itself. */
    @Test
    void errorPagesAreChinesePages() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        String token = portal.csrfToken();
        CorpusTally tally = new CorpusTally("error pages");
        Http http = portal.http();
        Object[][] cases = {
                {"GET", "/no/such/page", "text/plain", 404, "页面不存在"},
                {"DELETE", "/portal/registrations", "text/plain", 405, "不支持的操作"},
                {"PUT", "/login", "text/plain", 405, "不支持的操作"},
                {"POST", "/portal/import", "multipart/form-data", 400, "上传内容无法读取"},
                {"GET", "/portal/registrations/%00", "text/plain", 400, "无法处理的请求"},
                {"GET", "/api/registrations/%00", "text/plain", 400, "errors"},
                {"POST", "/portal/registrations/abc/submit", "application/x-www-form-urlencoded", 400, "无法处理的请求"},
        };
        for (Object[] c : cases) {
            HttpResponse<String> answer = http.send(http.request((String) c[1]).header("Content-Type", (String) c[2])
                    .header("X-CSRF-TOKEN", token).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .method((String) c[0], HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build());
            tally.record(answer.statusCode());
            PageAnswers.assertDecent(answer, c[0] + " " + c[1]);
            assertThat(answer.statusCode()).as("%s %s", c[0], c[1]).isEqualTo(c[3]);
            assertThat(answer.body()).as("%s %s", c[0], c[1]).contains((String) c[4]);
        }
        tally.print("every error a Chinese page (JSON for the API), never the container's");
    }

    private static void json(HttpResponse<String> answer, CorpusTally tally, String what) {
        tally.record(answer.statusCode());
        assertThat(answer.statusCode()).as("%s → %s", what, PageAnswers.brief(answer.body())).isLessThan(500);
        if (answer.statusCode() >= 400 && answer.statusCode() != 406) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/json");
            assertThat(answer.body()).as(what).contains("\"message\"").containsPattern("\\p{IsHan}");
        }
    }

    private static void answered(PortalSession session, HttpResponse<String> answer, CorpusTally tally, String what) {
        tally.record(answer.statusCode());
        PageAnswers.assertDecent(answer, what);
        if (answer.statusCode() == 302) {
            String location = answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
            PageAnswers.assertDecent(session.get(location.isEmpty() ? "/" : location), what + " → " + location);
        }
    }

    private static HttpResponse<String> form(PortalSession session, String token, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return session.postWithoutToken(path, withToken);
    }

    private static HttpResponse<String> raw(PortalSession session, String path, String contentType, byte[] body, String token) {
        Http http = session.http();
        return http.send(http.request(path).header("Content-Type", contentType).header("X-CSRF-TOKEN", token)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }
}
