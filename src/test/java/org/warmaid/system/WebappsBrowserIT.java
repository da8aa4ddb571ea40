package org.warmaid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.BrowserPerClass;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * The Camunda webapps as each role meets them, in real Chromium, signed in once on the
 * application's login page: Tasklist's filters, Cockpit (dashboard, processes, an instance,
 * decisions, a decision, a decision instance, deployments) and Admin (users, groups,
 * authorizations). Any request answered 4xx/5xx and any console error fails the walk; the Camunda 8
 * banner is nowhere; Cockpit's decision tables speak Chinese. One sign-in counts in both directions,
 * and signing out of either signs out of both.
 */
@MariaDbIntegrationTest
class WebappsBrowserIT {

    @RegisterExtension
    static BrowserPerClass browsers = new BrowserPerClass();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser browser() {
        return browsers.on(port);
    }

    @Test
    void everyRoleWalksItsWebappsWithoutAFailedRequest() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        String party = fixtures.newPartyReviewer(unit.unitCode());
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        api.post("/api/registrations/" + id + "/submit", null);
        ApiClient admin = new ApiClient(port, "demo", "demo");
        assertThat(admin.post("/engine-rest/decision-definition/key/MinimumLivingStandard/evaluate",
                Map.of("variables", Map.of("region", Map.of("value", "长春市", "type", "String")))).status()).isEqualTo(200);
        String decisionInstance = admin.get("/engine-rest/history/decision-instance?decisionDefinitionKey=MinimumLivingStandard"
                + "&sortBy=evaluationTime&sortOrder=desc&maxResults=1").body().get(0).get("id").asText();
        String processInstance = admin.get("/engine-rest/process-instance?processDefinitionKey=HardshipAidProcess&maxResults=1")
                .body().get(0).get("id").asText();
        String processDefinition = admin.get("/engine-rest/process-definition/key/HardshipAidProcess").body().get("id").asText();
        String decisionDefinition = admin.get("/engine-rest/decision-definition/key/ExclusionRules").body().get("id").asText();

        List<String> cockpit = List.of("#/dashboard", "#/processes", "#/process-definition/" + processDefinition + "/runtime",
                "#/process-instance/" + processInstance + "/runtime", "#/decisions",
                "#/decision-definition/" + decisionDefinition, "#/decision-instance/" + decisionInstance, "#/repository");
        List<String> adminPages = List.of("#/users", "#/groups", "#/authorization?resource=0");

        walk("demo", "demo", List.of(), cockpit, adminPages);
        walk("analyst", "demo", List.of(), List.of("#/dashboard", "#/decisions", "#/decision-definition/" + decisionDefinition,
                "#/decision-instance/" + decisionInstance, "#/repository"), List.of());
        walk("reviewer", "demo", List.of("省级审核", "入户走访", "佐证材料审核"), List.of(), List.of());
        walk(party, Fixtures.PASSWORD, List.of("党委审核 · " + unit.unitName()), List.of(), List.of());
    }

    @Test
    void decisionTablesInCockpitSpeakChinese() {
        ApiClient admin = new ApiClient(port, "demo", "demo");
        String decisionDefinition = admin.get("/engine-rest/decision-definition/key/ExclusionRules").body().get("id").asText();
        Browser b = browser();
        b.loginAsStaff("analyst", "demo");
        b.go("/camunda/app/cockpit/default/#/decision-definition/" + decisionDefinition);
        WebElement table = b.find(".dmn-decision-table-container");
        b.waitForText(".dmn-decision-table-container", "命中策略");
        assertThat(table.getText()).contains("命中策略", "收集（COLLECT）", "当", "且", "则", "整数", "是/否", "注释（依据条款）")
                .doesNotContain("Hit policy", "When", "Then", "Annotation", "integer", "boolean");
        WebElement code = b.waitUntil(d -> d.findElements(By.cssSelector("td.output-cell[data-warmaid-words]")).stream()
                .filter(cell -> cell.getText().contains("MULTIPLE_HOMES")).findFirst().orElse(null));
        assertThat(code.getAttribute("data-warmaid-words")).as("the code followed by its rule's words")
                .contains("2套", "人均住房面积超过25平方米");
        b.screenshot("cockpit-decision-table");
        assertThat(b.failedRequests()).isEmpty();
        assertThat(b.consoleErrors()).isEmpty();
    }

    @Test
    void oneSignInCountsBothWaysAndSigningOutOfEitherSignsOutOfBoth() {
        Browser b = browser();
        b.loginAsStaff("reviewer", "demo");
        b.go("/camunda/app/tasklist/default/");
        b.find(".task-filter");
        assertThat(b.driver().findElements(By.cssSelector("form[name=signinForm], .form-signin"))).as("no second login").isEmpty();

        b.click("a[cam-widget-header-user], .account .dropdown-toggle, li.account > a");
        b.click("a[ng-click='logout()']");
        b.find("form[name=signinForm] input[ng-model=username]");
        b.go("/province");
        assertThat(b.currentPath()).as("signed out of the pages too").startsWith("/login");

        b.go("/camunda/app/tasklist/default/");
        b.type("form[name=signinForm] input[ng-model=username]", "reviewer");
        b.type("form[name=signinForm] input[ng-model=password]", "demo");
        b.click("form[name=signinForm] button[type=submit]");
        b.find(".task-filter");
        b.go("/province");
        assertThat(b.currentPath()).as("the Tasklist sign-in counts for the pages").startsWith("/province");
        assertThat(b.pageText()).contains("工作概况");

        b.driver().findElement(By.cssSelector("nav.sidenav form button[type=submit]")).click();
        // the logout is a form post: leaving the page before its answer arrives could cancel it
        b.waitUntil(driver -> b.currentPath().startsWith("/login"));
        b.go("/camunda/app/tasklist/default/");
        b.find("form[name=signinForm] input[ng-model=username]");
        assertThat(b.driver().findElements(By.cssSelector(".task-filter"))).as("signed out of Tasklist too").isEmpty();
    }

    @Test
    void aUnitSignedInToThePortalGetsNoWebappSession() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        assertThat(portal.get("/portal/registrations").statusCode()).isEqualTo(200);
        assertThat(portal.get("/camunda/api/engine/engine/default/task/count").statusCode())
                .as("units work in the portal only").isEqualTo(401);
        assertThat(portal.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(404);

        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        assertThat(reviewer.get("/camunda/api/engine/engine/default/task/count").statusCode())
                .as("a reviewer signed in to the pages is signed in to Tasklist").isEqualTo(200);
    }

    private void walk(String account, String password, List<String> filters, List<String> cockpit, List<String> admin) {
        Browser b = browser();
        b.clearLogs();
        b.loginAsStaff(account, password);
        List<String> failures = new ArrayList<>();
        if (!filters.isEmpty()) {
            b.go("/camunda/app/tasklist/default/");
            for (String filter : filters) {
                WebElement item = b.waitUntil(d -> d.findElements(By.cssSelector(".task-filter")).stream()
                        .filter(element -> element.getText().contains(filter)).findFirst().orElse(null));
                item.click();
                settle();
            }
            check(account + " tasklist", failures);
        }
        for (String page : cockpit) {
            b.go("/camunda/app/cockpit/default/" + page);
            settle();
            check(account + " cockpit " + page, failures);
        }
        for (String page : admin) {
            b.go("/camunda/app/admin/default/" + page);
            settle();
            check(account + " admin " + page, failures);
        }
        b.screenshot("webapps-walk-" + account.replaceAll("[^a-z0-9]", ""));
        assertThat(failures).as("failed requests and console errors").isEmpty();
        b.go("/login?staff=1");
        b.driver().manage().deleteAllCookies();
    }

    private void check(String where, List<String> failures) {
        Browser b = browser();
        assertThat(b.driver().findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("no Camunda 8 banner at %s", where).isEmpty();
        b.failedRequests().forEach(failure -> failures.add(where + ": " + failure));
        b.consoleErrors().forEach(error -> failures.add(where + ": console " + error));
    }

    /** Waits until the page has loaded and fetched nothing new for a moment. */
    private void settle() {
        Browser b = browser();
        int[] last = {-1};
        int[] stable = {0};
        b.waitUntil(d -> {
            Object count = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1;");
            int now = ((Number) count).intValue();
            stable[0] = now >= 0 && now == last[0] ? stable[0] + 1 : 0;
            last[0] = now;
            return stable[0] >= 3;
        });
    }
}
