package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.LoginThrottle;
import org.warmaid.support.ApiClient;
import org.warmaid.support.CamundaWebapps;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalSession;

/**
 * Passwords under bad input, each on an account of its own so that no other test is ever locked out:
 * the 修改密码 form and {@code POST /api/account/password} with each field replaced in turn by every
 * hostile value, plus the policy's refusals (too short, common, the old one, with the account id,
 * mismatched confirmation, 10 000 characters, control characters, fields missing) and malformed JSON;
 * and the login form (unit login and staff login) with every field hostile, each attempt from an
 * address of its own (X-Forwarded-For 198.51.200-249.x); the engine REST and webapp logins with hostile
 * user names. Asserted: no 5xx, a Chinese message on every
 * refusal, and the password that was valid before every refused change still signs in afterwards.
 */
@MariaDbIntegrationTest
class PasswordCorpusIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final AtomicInteger addresses = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LoginThrottle throttle;

    /** How long the engine refuses an account after a failed login (camunda generic property loginDelayMaxTime). */
    private static final Duration ENGINE_LOGIN_PAUSE = Duration.ofSeconds(1);

    private final List<String> accountsToUnlock = new ArrayList<>(List.of("-"));

    @AfterEach
    void unlock() {
        accountsToUnlock.forEach(throttle::unlock);
    }

    @Test
    void thePasswordFormAndCallRefuseEveryBadPasswordAndKeepTheOldOne() {
        UnitLogin unit = fixtures.newUnit();
        accountsToUnlock.add(unit.accountId());
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        String token = portal.csrfToken();
        CorpusTally tally = new CorpusTally("bad input, password change (form and API)");
        String current = unit.password();
        int changed = 0;

        List<String> refusedByPolicy = List.of("Ab1!", "Passw0rd!", current, "Xy" + unit.accountId() + "-2027!",
                "Aa1!" + "x".repeat(10_000), "Ab1!\u0000cdefg", "abcdefgh", "ＡＢＣａｂｃ１２３！");
        for (String field : List.of("oldPassword", "newPassword", "confirmPassword")) {
            List<String> values = new ArrayList<>(HostileValues.text());
            if (!field.equals("oldPassword")) {
                values.addAll(refusedByPolicy);
            }
            for (String value : values) {
                String fresh = freshPassword();
                Map<String, String> form = new LinkedHashMap<>(Map.of("oldPassword", current, "newPassword", fresh,
                        "confirmPassword", fresh, "_csrf", token));
                if (field.equals("newPassword") && value != null) {
                    form.put("confirmPassword", value);
                }
                put(form, field, value);
                String what = "form " + field + "=" + HostileValues.brief(value);
                HttpResponse<String> answer = portal.postWithoutToken("/account/password", form);
                tally.record(answer.statusCode());
                PageAnswers.assertDecent(answer, what);
                if (answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/account/password")) {
                    current = form.get("newPassword");
                    changed++;
                } else {
                    assertThat(answer.statusCode()).as(what).isEqualTo(200);
                    PageAnswers.assertShownAgainWithMessage(answer, what);
                }
                assertThat(signsIn(unit.accountId(), current)).as("%s: the valid password still signs in", what).isTrue();
            }
        }

        for (String field : List.of("oldPassword", "newPassword")) {
            for (JsonNode value : HostileValues.json()) {
                ObjectNode body = json.createObjectNode().put("oldPassword", current).put("newPassword", freshPassword());
                if (value.isNull()) {
                    body.remove(field);
                } else {
                    body.set(field, value);
                }
                current = apiChange(unit, current, body.toString(), tally, "api " + field + "=" + HostileValues.brief(value));
            }
        }
        for (String raw : List.of("", "{", "null", "[]", "\"text\"", "{\"oldPassword\":1e400}", "{\"newPassword\":{}}")) {
            current = apiChange(unit, current, raw, tally, "api raw " + raw);
        }
        for (String policy : refusedByPolicy) {
            current = apiChange(unit, current, json.createObjectNode().put("oldPassword", current).put("newPassword", policy)
                    .toString(), tally, "api policy " + HostileValues.brief(policy));
        }
        assertThat(signsIn(unit.accountId(), current)).isTrue();
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print(changed + " hostile values that were valid passwords changed it; after every refusal the previous password still signed in");
    }

    /**
     * The login form with every field hostile, the unit login (unit, name, password) and the staff login
     * (username, password); every attempt from an address of its own. Only redirects back to the login
     * page with a Chinese message; the unit still signs in afterwards.
     */
    @Test
    void theLoginFormWithEveryFieldHostile() throws InterruptedException {
        UnitLogin unit = fixtures.newUnit();
        accountsToUnlock.add(unit.accountId());
        CorpusTally tally = new CorpusTally("bad input, login form");
        Map<String, String> unitLogin = Map.of("unit", unit.unitCode(), "name", unit.unionHead(), "password", "wrong-" + unit.password());
        Map<String, String> staffLogin = Map.of("username", "auditor-does-not-exist", "password", "wrong");
        for (Map<String, String> login : List.of(unitLogin, staffLogin)) {
            for (String field : login.keySet()) {
                for (String value : HostileValues.text()) {
                    Map<String, String> form = new LinkedHashMap<>(login);
                    put(form, field, value);
                    if (field.equals("username") && value != null) {
                        accountsToUnlock.add(value);
                    }
                    HttpResponse<String> answer = login(form);
                    String what = "login " + field + "=" + HostileValues.brief(value);
                    tally.record(answer.statusCode());
                    PageAnswers.assertDecent(answer, what);
                    assertThat(answer.statusCode()).as(what).isEqualTo(302);
                    String location = answer.headers().firstValue("Location").orElse("");
                    assertThat(location).as(what).contains("/login?");
                    HttpResponse<String> page = PortalSession.anonymous(port).get(location.replaceFirst("^https?://[^/]+", ""));
                    PageAnswers.assertDecent(page, what + " → " + location);
                    assertThat(page.body()).as(what).containsAnyOf("错误", "锁定", "不正确", "失败");
                }
            }
        }
        unlock();
        // besides the application's throttle (unlocked above), the engine pauses an account for a second
        // after a failed login (loginDelayMaxTime): the unit's own attempts may have ended just now
        Thread.sleep(ENGINE_LOGIN_PAUSE.plusMillis(200).toMillis());
        PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        tally.print("every attempt back to the login page with a Chinese message; the unit still signs in");
    }

    /**
     * The logins this application guards in front of Camunda's own (engine REST with HTTP Basic, the
     * webapps' login) with every hostile user name, each from an address of its own: refused as a
     * wrong login (401/403), never a 5xx.
     */
    @Test
    void theEngineRestAndWebappLoginsWithHostileUserNames() {
        CorpusTally tally = new CorpusTally("bad input, engine REST and webapp logins");
        for (String user : HostileValues.text()) {
            if (user == null || user.isEmpty()) {
                continue;
            }
            accountsToUnlock.add(user);
            Http http = new Http(port);
            HttpResponse<String> rest = http.send(http.request("/engine-rest/task?firstResult=0&maxResults=1")
                    .header("Authorization", Http.basic(user, "wrong")).header("X-Forwarded-For", nextAddress()).GET().build());
            tally.record(rest.statusCode());
            assertThat(rest.statusCode()).as("engine REST as %s → %s", HostileValues.brief(user), PageAnswers.brief(rest.body()))
                    .isIn(400, 401);
            HttpResponse<String> webapp = CamundaWebapps.loginFrom(nextAddress(), new Http(port), "tasklist", user, "wrong");
            tally.record(webapp.statusCode());
            assertThat(webapp.statusCode()).as("webapp login as %s → %s", HostileValues.brief(user), PageAnswers.brief(webapp.body()))
                    .isIn(400, 401, 403);
        }
        tally.print("every hostile user name refused as a wrong login");
    }

    private static String nextAddress() {
        int n = addresses.incrementAndGet();
        return "198.51." + (200 + n / 250 % 50) + "." + (1 + n % 250);
    }

    private String apiChange(UnitLogin unit, String current, String body, CorpusTally tally, String what) {
        ApiClient api = new ApiClient(port, unit.accountId(), current);
        ApiClient.Answer answer = api.postRaw("/api/account/password", "application/json", body);
        tally.record(answer.status());
        assertThat(answer.status()).as("%s → %s", what, answer.body()).isLessThan(500);
        if (answer.status() == 204) {
            return json.convertValue(readOrEmpty(body), JsonNode.class).path("newPassword").asText();
        }
        assertThat(answer.status()).as(what).isEqualTo(400);
        assertThat(answer.firstMessage()).as("%s has a message", what).isNotBlank();
        assertThat(signsIn(unit.accountId(), current)).as("%s: the password still signs in", what).isTrue();
        return current;
    }

    private boolean signsIn(String account, String password) {
        return new ApiClient(port, account, password).get("/api/registrations").status() == 200;
    }

    private HttpResponse<String> login(Map<String, String> fields) {
        PortalSession session = PortalSession.anonymous(port);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", session.csrfToken());
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Http http = session.http();
        return http.send(http.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", nextAddress())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode readOrEmpty(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    private static String freshPassword() {
        return "Qz7#" + Long.toString(System.nanoTime(), 36);
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
    }
}
