package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.payout.Batches;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.Registry;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;

/**
 * Who reaches one unit's registration, by every route that carries its personal data: the
 * portal, the review pages framed in Tasklist, the JSON API, reports and downloads, the
 * provincial and finance pages, the audit log, the engine REST API and Tasklist's own API. Each
 * cell is one request by one role with the status it must get; wherever a role is refused, the
 * answer must not hold a byte of the registration (name, full ID or card number).
 */
@MariaDbIntegrationTest
@ResourceLock(Fixtures.WAITING_PAYMENTS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT {

    enum Role { UNIT, OTHER_UNIT, OWN_PARTY, OTHER_PARTY, PROVINCIAL, FINANCE, ANALYST, ADMIN, AUDITOR, ANONYMOUS }

    /** How a role's request travels: a page session (form login), HTTP Basic, or a Tasklist session. */
    enum Channel { PAGE, BASIC, TASKLIST }

    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Registry registry;

    @Autowired
    Documents documents;

    @Autowired
    Journeys journeys;

    @Autowired
    Batches batches;

    @Autowired
    IdentityAuthenticationProvider accounts;

    private final Map<Role, Caller> callers = new EnumMap<>(Role.class);
    private String name;
    private RegistrationForm form;
    private long id;
    private String reference;
    private long documentId;
    private String processInstanceId;
    private String taskId;
    private String unitCode;
    private long batchId;
    private UnitLogin unitLogin;

    @BeforeAll
    void oneRegistrationOfUnitA() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        UnitLogin otherUnit = fixtures.newUnit();
        String ownParty = fixtures.newPartyReviewer(unit.unitCode());
        String otherParty = fixtures.newPartyReviewer(otherUnit.unitCode());
        unitCode = unit.unitCode();
        unitLogin = unit;

        name = "矩阵" + SampleRegistrations.chineseDigits(unit.unitCode());
        form = SampleRegistrations.valid();
        form.setName(name);
        Registration registration = registry.create(accounts.principalOf(unit.accountId()), form);
        id = registration.getId();
        reference = registration.getReference();
        documentId = documents.upload(accounts.principalOf(unit.accountId()), id, "ID_AND_BANK_CARD", "证件.pdf",
                SampleFiles.pdf()).getId();
        registry.submit(accounts.principalOf(unit.accountId()), id);

        journeys.awaitingPayout(unit, 1);
        batchId = batches.build(accounts.principalOf("finance"), fixtures.openCampaign().getId()).getId();

        callers.put(Role.UNIT, Caller.unit(port, unit));
        callers.put(Role.OTHER_UNIT, Caller.unit(port, otherUnit));
        callers.put(Role.OWN_PARTY, Caller.staff(port, ownParty, Fixtures.PASSWORD));
        callers.put(Role.OTHER_PARTY, Caller.staff(port, otherParty, Fixtures.PASSWORD));
        callers.put(Role.PROVINCIAL, Caller.staff(port, "reviewer", "demo"));
        callers.put(Role.FINANCE, Caller.staff(port, "finance", "demo"));
        callers.put(Role.ANALYST, Caller.staff(port, "analyst", "demo"));
        callers.put(Role.ADMIN, Caller.staff(port, "demo", "demo"));
        callers.put(Role.AUDITOR, Caller.staff(port, "auditor", "demo"));
        callers.put(Role.ANONYMOUS, Caller.anonymous(port));

        JsonNode instances = callers.get(Role.ADMIN).json(Channel.BASIC,
                "/engine-rest/process-instance?businessKey=" + reference + "&maxResults=10");
        processInstanceId = instances.get(0).get("id").asText();
        taskId = callers.get(Role.ADMIN).json(Channel.BASIC,
                "/engine-rest/task?processInstanceId=" + processInstanceId + "&maxResults=10").get(0).get("id").asText();
    }

    // Columns of every row: UNIT, OTHER_UNIT, OWN_PARTY, OTHER_PARTY, PROVINCIAL, FINANCE, ANALYST, ADMIN, AUDITOR, ANONYMOUS.
    // A unit may fetch its own printable form, numbers and documents by the reviewers' links as well.
    // Another unit's registration, and one a reviewer may not read, answers 404 as an unknown id does.

    @Test
    void portalPages() {
        check(Channel.PAGE, "/portal/registrations/{id}", 200, 404, 403, 403, 403, 403, 403, 403, 403, 302);
        check(Channel.PAGE, "/portal/registrations/{id}/form.xlsx", 200, 404, 403, 403, 403, 403, 403, 403, 403, 302);
        check(Channel.PAGE, "/portal/registrations/{id}/numbers", 200, 404, 403, 403, 403, 403, 403, 403, 403, 302);
        check(Channel.PAGE, "/portal/documents/{document}", 200, 404, 403, 403, 403, 403, 403, 403, 403, 302);
        checkList(Channel.PAGE, "/portal/registrations", 200, 200, 403, 403, 403, 403, 403, 403, 403, 302);
        checkList(Channel.PAGE, "/portal/summary", 200, 200, 403, 403, 403, 403, 403, 403, 403, 302);
        checkList(Channel.PAGE, "/portal/summary.xlsx", 200, 200, 403, 403, 403, 403, 403, 403, 403, 302);
    }

    @Test
    void reviewPagesFramedInTasklist() {
        check(Channel.PAGE, "/review/registrations/{id}", 404, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/registrations/{id}/form.xlsx", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/registrations/{id}/numbers", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/documents/{document}", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/documents/{document}/view", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/documents/{document}/pages", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.PAGE, "/review/documents/{document}/pages/1", 200, 404, 200, 404, 200, 200, 404, 200, 404, 302);
        check(Channel.TASKLIST, "/review/registrations/{id}", 302, 302, 200, 404, 200, 200, 302, 200, 302, 302);
    }

    @Test
    void rulesWorkbench() {
        check(Channel.PAGE, "/rules", 403, 403, 403, 403, 403, 403, 200, 200, 403, 302);
        check(Channel.PAGE, "/rules/MinimumLivingStandard", 403, 403, 403, 403, 403, 403, 200, 200, 403, 302);
        check(Channel.PAGE, "/rules/MinimumLivingStandard/history", 403, 403, 403, 403, 403, 403, 200, 200, 403, 302);
        check(Channel.PAGE, "/rules/MinimumLivingStandard/live.dmn", 403, 403, 403, 403, 403, 403, 200, 200, 403, 302);
    }

    @Test
    void jsonApi() {
        check(Channel.BASIC, "/api/registrations/{id}", 200, 404, 403, 403, 403, 403, 403, 403, 403, 401);
        check(Channel.BASIC, "/api/registrations/{id}/numbers", 200, 404, 200, 404, 200, 200, 404, 200, 404, 401);
        checkList(Channel.BASIC, "/api/registrations", 200, 200, 403, 403, 403, 403, 403, 403, 403, 401);
        checkList(Channel.BASIC, "/api/reports/unit-summary.xlsx", 200, 200, 403, 403, 403, 403, 403, 403, 403, 401);
        checkWrite("PUT", "/api/registrations/{id}", 404, 403, 403, 403, 403, 403, 403, 403, 401);
        checkWrite("DELETE", "/api/registrations/{id}", 404, 403, 403, 403, 403, 403, 403, 403, 401);
        checkWrite("POST", "/api/registrations/{id}/submit", 404, 403, 403, 403, 403, 403, 403, 403, 401);
    }

    @Test
    void provincialFinanceAndAuditPages() {
        checkList(Channel.PAGE, "/province/units/{unit}", 403, 403, 403, 403, 200, 403, 403, 200, 403, 302);
        checkList(Channel.PAGE, "/province/reports/all-units.xlsx", 403, 403, 403, 403, 200, 403, 403, 200, 403, 302);
        checkList(Channel.PAGE, "/finance/batches/{batch}", 403, 403, 403, 403, 403, 200, 403, 200, 403, 302);
        checkList(Channel.PAGE, "/finance/batches/{batch}/bank-file.xlsx", 403, 403, 403, 403, 403, 200, 403, 200, 403, 302);
        checkList(Channel.PAGE, "/audit", 403, 403, 403, 403, 403, 403, 403, 403, 200, 302);
        checkList(Channel.PAGE, "/audit/export.xlsx", 403, 403, 403, 403, 403, 403, 403, 403, 200, 302);
    }

    @Test
    void engineRestApi() {
        check(Channel.BASIC, "/engine-rest/task/{task}", 404, 404, 200, 404, 200, 404, 404, 200, 404, 401);
        check(Channel.BASIC, "/engine-rest/task/{task}/variables", 403, 403, 200, 403, 200, 403, 403, 200, 403, 401);
        check(Channel.BASIC, "/engine-rest/task/{task}/form-variables", 403, 403, 200, 403, 200, 403, 403, 200, 403, 401);
        check(Channel.BASIC, "/engine-rest/process-instance/{instance}/variables", 403, 403, 403, 403, 200, 403, 403, 200, 403, 401);
        checkVisible("/engine-rest/task?processInstanceId={instance}", false, false, true, false, true, false, false, true, false);
        checkVisible("/engine-rest/process-instance?businessKey={reference}", false, false, false, false, true, false, false, true, false);
        // the own party committee sees its task's card variables (reference, worker), which it may read with the task
        checkVisible("/engine-rest/variable-instance?processInstanceIdIn={instance}", false, false, true, false, true, false, false, true, false);
        checkVisible("/engine-rest/history/process-instance?processInstanceBusinessKey={reference}", false, false, false, false, true, true, false, true, false);
        checkVisible("/engine-rest/history/variable-instance?processInstanceId={instance}", false, false, false, false, true, true, false, true, false);
        checkVisible("/engine-rest/history/task?processInstanceId={instance}", false, false, false, false, true, true, false, true, false);
        checkVisible("/engine-rest/history/activity-instance?processInstanceId={instance}", false, false, false, false, true, true, false, true, false);
    }

    /**
     * A unit submits in the portal only, which checks the deadline and completeness first: its
     * draft's entry task is neither visible nor completable for it over the engine REST API.
     */
    @Test
    void aUnitCannotSubmitItsDraftPastThePortal() {
        RegistrationForm draftForm = SampleRegistrations.valid();
        draftForm.setName("草稿" + name);
        Registration draft = registry.create(accounts.principalOf(unitLogin.accountId()), draftForm);
        String draftInstance = callers.get(Role.ADMIN).json(Channel.BASIC,
                "/engine-rest/process-instance?businessKey=" + draft.getReference() + "&maxResults=10").get(0).get("id").asText();
        String entryTask = callers.get(Role.ADMIN).json(Channel.BASIC,
                "/engine-rest/task?processInstanceId=" + draftInstance + "&maxResults=10").get(0).get("id").asText();
        Caller unit = callers.get(Role.UNIT);

        assertThat(unit.json(Channel.BASIC, "/engine-rest/task?processInstanceId=" + draftInstance + "&maxResults=10"))
                .as("the unit's view of its draft's tasks").isEmpty();
        Answer completion = unit.send("POST", "/engine-rest/task/" + entryTask + "/complete", Map.of("variables", Map.of()));

        assertThat(completion.status()).as(completion.text()).isIn(403, 404);
        Answer own = unit.get(Channel.BASIC, "/api/registrations/" + draft.getId());
        assertThat(own.text()).contains("\"stage\":\"ENTERED\"");
    }

    @Test
    void tasklistApi() {
        check(Channel.TASKLIST, "/camunda/api/engine/engine/default/task/{task}", 401, 401, 200, 404, 200, 404, 401, 200, 401, 401);
        check(Channel.TASKLIST, "/camunda/api/engine/engine/default/task/{task}/form-variables", 401, 401, 200, 403, 200, 403, 401, 200, 401, 401);
        check(Channel.TASKLIST, "/camunda/api/engine/engine/default/process-instance/{instance}/variables", 401, 401, 403, 403, 200, 403, 401, 200, 401, 401);
    }

    /** Every role's status for a resource of the registration; refused roles see none of its data. */
    private void check(Channel channel, String template, int... expected) {
        checkEveryRole(channel, template, expected, Role.ANONYMOUS);
    }

    /** As {@link #check}, for lists and reports: another unit gets its own (2xx) and sees none of this one's data. */
    private void checkList(Channel channel, String template, int... expected) {
        checkEveryRole(channel, template, expected, Role.OTHER_UNIT);
    }

    private void checkEveryRole(Channel channel, String template, int[] expected, Role blindEvenWhenAnswered) {
        String path = expand(template);
        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            Answer answer = callers.get(role).get(channel, path);
            if (answer.status() != expected[role.ordinal()]) {
                mismatches.add(role + " got " + answer.status() + ", expected " + expected[role.ordinal()]);
            }
            if (role == blindEvenWhenAnswered || answer.status() >= 300) {
                assertNoPersonalData(role, path, answer);
            }
        }
        assertThat(mismatches).as(channel + " " + path).isEmpty();
    }

    /** Writes by every role but the unit itself: refused, and the registration unchanged. */
    private void checkWrite(String method, String template, int... expected) {
        String path = expand(template);
        List<String> mismatches = new ArrayList<>();
        Role[] others = {Role.OTHER_UNIT, Role.OWN_PARTY, Role.OTHER_PARTY, Role.PROVINCIAL, Role.FINANCE, Role.ANALYST,
                Role.ADMIN, Role.AUDITOR, Role.ANONYMOUS};
        for (int i = 0; i < others.length; i++) {
            RegistrationForm tampered = SampleRegistrations.valid();
            tampered.setName("篡改");
            Answer answer = callers.get(others[i]).send(method, path, tampered);
            if (answer.status() != expected[i]) {
                mismatches.add(others[i] + " got " + answer.status() + ", expected " + expected[i]);
            }
            assertNoPersonalData(others[i], path, answer);
        }
        assertThat(mismatches).as(method + " " + path).isEmpty();
        Answer own = callers.get(Role.UNIT).get(Channel.BASIC, expand("/api/registrations/{id}"));
        assertThat(own.text()).contains(name).doesNotContain("篡改");
        assertThat(own.text()).as("submitted, not withdrawn").doesNotContain("WITHDRAWN");
    }

    /** Engine queries: the roles marked true find the registration's rows, everyone else an empty list. */
    private void checkVisible(String template, boolean... visible) {
        String path = expand(template) + "&firstResult=0&maxResults=100";
        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            Answer answer = callers.get(role).get(Channel.BASIC, path);
            if (role == Role.ANONYMOUS) {
                if (answer.status() != 401) {
                    mismatches.add("ANONYMOUS got " + answer.status());
                }
                continue;
            }
            int rows = answer.status() == 200 ? readTree(answer.text()).size() : -1;
            boolean expected = visible[role.ordinal()];
            if (answer.status() != 200 || (rows > 0) != expected) {
                mismatches.add(role + " got " + answer.status() + " with " + rows + " rows, expected "
                        + (expected ? "rows" : "none"));
            }
        }
        assertThat(mismatches).as(path).isEmpty();
    }

    private void assertNoPersonalData(Role role, String path, Answer answer) {
        assertThat(answer.text()).as(role + " " + path)
                .doesNotContain(name)
                .doesNotContain(form.getIdNumber())
                .doesNotContain(form.getBankCardNumber())
                .doesNotContain(form.getIdNumber().substring(14));
    }

    private String expand(String template) {
        return template.replace("{id}", String.valueOf(id))
                .replace("{document}", String.valueOf(documentId))
                .replace("{reference}", reference)
                .replace("{instance}", processInstanceId)
                .replace("{task}", taskId)
                .replace("{unit}", unitCode)
                .replace("{batch}", String.valueOf(batchId));
    }

    private static JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    record Answer(int status, String text) {
    }

    /** One role's ways in: a page session, its HTTP Basic credentials and a Tasklist session. */
    static final class Caller {

        private final PortalSession pages;
        private final Http tasklist;
        private final Http basic;
        private final String authorization;

        private Caller(int port, PortalSession pages, Http tasklist, String authorization) {
            this.pages = pages;
            this.tasklist = tasklist;
            this.basic = new Http(port);
            this.authorization = authorization;
        }

        static Caller unit(int port, UnitLogin unit) {
            return new Caller(port, PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password()),
                    tasklistSession(port, unit.accountId(), unit.password()), Http.basic(unit.accountId(), unit.password()));
        }

        static Caller staff(int port, String user, String password) {
            return new Caller(port, PortalSession.staff(port, user, password), tasklistSession(port, user, password),
                    Http.basic(user, password));
        }

        static Caller anonymous(int port) {
            return new Caller(port, PortalSession.anonymous(port), new Http(port), null);
        }

        /** A Tasklist login; accounts without Tasklist access end up with an unauthenticated client. */
        private static Http tasklistSession(int port, String user, String password) {
            Http http = new Http(port);
            CamundaWebapps.login(http, "tasklist", user, password);
            return http;
        }

        Answer get(Channel channel, String path) {
            return switch (channel) {
                case PAGE -> fetch(pages.http(), pages.http().request(path).GET());
                case TASKLIST -> fetch(tasklist, tasklist.request(path).header("Accept", "application/json, text/html").GET());
                case BASIC -> fetch(basic, withBasic(basic.request(path).header("Accept", "application/json").GET()));
            };
        }

        Answer send(String method, String path, Object body) {
            String text;
            try {
                text = json.writeValueAsString(body);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            HttpRequest.Builder request = basic.request(path).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
            return fetch(basic, withBasic(request));
        }

        JsonNode json(Channel channel, String path) {
            Answer answer = get(channel, path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            return readTree(answer.text());
        }

        private HttpRequest.Builder withBasic(HttpRequest.Builder request) {
            return authorization == null ? request : request.header("Authorization", authorization);
        }

        private static Answer fetch(Http http, HttpRequest.Builder request) {
            HttpResponse<byte[]> response = http.sendBytes(request.build());
            return new Answer(response.statusCode(), readable(response.body()));
        }

        /** The text a person would see: workbooks as their cells' text, everything else as UTF-8. */
        private static String readable(byte[] body) {
            if (body.length > 2 && body[0] == 'P' && body[1] == 'K') {
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                    DataFormatter formatter = new DataFormatter();
                    StringBuilder text = new StringBuilder();
                    for (Sheet sheet : workbook) {
                        for (Row row : sheet) {
                            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
                            text.append('\n');
                        }
                    }
                    return text.toString();
                } catch (IOException e) {
                    throw new AssertionError("a download that is not a readable workbook", e);
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
