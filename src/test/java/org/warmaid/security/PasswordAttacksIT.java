package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.PasswordChanges;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.CamundaWebappSession;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;

/**
 * One password policy and one first-login gate, whichever route sets or uses a password: the engine
 * REST API and the webapps' engine API included. Each attack first shows the account still holds
 * its initial password and could use the route once it is changed, then that the weak password is
 * refused with the policy's Chinese message and nothing but the change works meanwhile.
 */
@MariaDbIntegrationTest
class PasswordAttacksIT {

    static final String GATE = "首次登录须先修改默认密码，修改后方可使用其他功能";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PasswordChanges passwords;

    @Autowired
    AccountDirectory directory;

    @Test
    void anInitialPasswordIsReplacedOnlyByOneThePolicyAllowsThroughTheEngineRestApi() throws InterruptedException {
        UnitLogin unit = fixtures.newUnitWithInitialPassword();
        assertThat(passwords.requiresChange(unit.accountId())).isTrue();
        EngineRest withInitial = new EngineRest(port, unit.accountId(), "0");
        Answer gated = withInitial.get("/task");
        assertThat(gated.status()).isEqualTo(403);
        assertThat(gated.body().get("message").asText()).isEqualTo(GATE);
        assertThat(withInitial.get("/deployment").status()).isEqualTo(403);
        assertThat(new ApiClient(port, unit.accountId(), "0").get("/api/registrations").status()).isEqualTo(403);

        Answer weak = withInitial.put("/user/" + unit.accountId() + "/credentials",
                Map.of("password", "a", "authenticatedUserPassword", "0"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("message").asText()).isEqualTo("密码至少8位");
        Answer named = withInitial.put("/user/" + unit.accountId() + "/credentials",
                Map.of("password", unit.accountId() + "-Winter1", "authenticatedUserPassword", "0"));
        assertThat(named.body().get("message").asText()).isEqualTo("密码不能包含账号、本人姓名或单位名称");
        Thread.sleep(1100); // the engine's own pause after the failed logins above
        assertThat(directory.checkPassword(unit.accountId(), "a")).isFalse();
        Thread.sleep(1100);
        assertThat(directory.checkPassword(unit.accountId(), "0")).as("the initial password is unchanged").isTrue();
        assertThat(passwords.requiresChange(unit.accountId())).isTrue();

        assertThat(withInitial.put("/user/" + unit.accountId() + "/credentials",
                Map.of("password", "Winter-Warmth-2027", "authenticatedUserPassword", "0")).status()).isEqualTo(204);
        assertThat(passwords.requiresChange(unit.accountId())).isFalse();
        assertThat(new EngineRest(port, unit.accountId(), "Winter-Warmth-2027").get("/task").status())
                .as("the route works once the initial password is changed").isEqualTo(200);
        assertThat(new ApiClient(port, unit.accountId(), "Winter-Warmth-2027").get("/api/registrations").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorsPasswordForSomeoneIsAnInitialOneAndTheWebappsKeepTheGate() {
        String user = "newstaff" + System.nanoTime() % 100_000;
        EngineRest administrator = new EngineRest(port, "demo", "demo");
        Answer weak = administrator.post("/user/create", Map.of(
                "profile", Map.of("id", user, "firstName", "新", "lastName", "审核员"),
                "credentials", Map.of("password", "a")));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("message").asText()).isEqualTo("密码至少8位");
        assertThat(administrator.post("/user/create", Map.of(
                "profile", Map.of("id", user, "firstName", "新", "lastName", "审核员"),
                "credentials", Map.of("password", "Given-By-Admin-2027"))).status()).isEqualTo(204);
        assertThat(administrator.put("/group/provincial-reviewers/members/" + user, Map.of()).status()).isEqualTo(204);
        assertThat(passwords.requiresChange(user)).as("a password set for someone else is an initial one").isTrue();

        CamundaWebappSession tasklist = CamundaWebappSession.login(port, "tasklist", user, "Given-By-Admin-2027");
        Answer gated = tasklist.get(CamundaWebappSession.ENGINE + "/task?firstResult=0&maxResults=15");
        assertThat(gated.status()).isEqualTo(403);
        assertThat(gated.body().get("message").asText()).isEqualTo(GATE);
        assertThat(tasklist.get(CamundaWebappSession.ENGINE + "/filter?firstResult=0&maxResults=15").status()).isEqualTo(403);

        Answer webappWeak = tasklist.put(CamundaWebappSession.ENGINE + "/user/" + user + "/credentials",
                Map.of("password", "abcdefgh", "authenticatedUserPassword", "Given-By-Admin-2027"));
        assertThat(webappWeak.status()).isEqualTo(400);
        assertThat(webappWeak.body().get("message").asText()).contains("密码须包含大写字母、小写字母、数字、其他符号中的至少三类");
        assertThat(tasklist.put(CamundaWebappSession.ENGINE + "/user/" + user + "/credentials",
                Map.of("password", "Given-By-Admin-2027", "authenticatedUserPassword", "Given-By-Admin-2027"))
                .body().get("message").asText()).isEqualTo("新密码不能与原密码相同");
        assertThat(passwords.requiresChange(user)).isTrue();

        assertThat(tasklist.put(CamundaWebappSession.ENGINE + "/user/" + user + "/credentials",
                Map.of("password", "Own-Choice-2028", "authenticatedUserPassword", "Given-By-Admin-2027")).status())
                .isEqualTo(204);
        assertThat(passwords.requiresChange(user)).isFalse();
        assertThat(tasklist.get(CamundaWebappSession.ENGINE + "/task?firstResult=0&maxResults=15").status()).isEqualTo(200);
    }

    @Test
    void thePolicyIsShownToTheWebappsAsTheEnginesOwn() {
        Answer policy = new EngineRest(port, "demo", "demo").get("/identity/password-policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.body().get("rules").findValuesAsText("placeholder"))
                .containsExactly("LENGTH", "WARMAID_CHARACTER_CLASSES", "USER_DATA", "WARMAID_NOT_COMMON");
        Answer checked = new EngineRest(port, "demo", "demo").post("/identity/password-policy", Map.of("password", "password"));
        assertThat(checked.body().get("valid").asBoolean()).isFalse();
        assertThat(List.of("Winter-Warmth-2027")).allSatisfy(good -> assertThat(new EngineRest(port, "demo", "demo")
                .post("/identity/password-policy", Map.of("password", good)).body().get("valid").asBoolean()).isTrue());
    }
}
