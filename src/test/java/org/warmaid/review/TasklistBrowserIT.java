package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.ScreenshotOnFailure;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;

/**
 * A registration reviewed in Tasklist as reviewers do it, in real Chromium: open the role's filter,
 * pick the task by its reference, claim it, read the registration inside the form, decide, complete
 * — through all four review forms. Signed in once on the application's login page. Every request
 * of the browser must succeed and the console stay free of errors.
 */
@MariaDbIntegrationTest
class TasklistBrowserIT {

    private static Browser browser;

    @RegisterExtension
    static ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Documents documents;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        return browser;
    }

    /** Each test starts signed out, with empty logs. */
    @BeforeEach
    void signedOut() {
        if (browser != null) {
            browser.go("/login?staff=1");
            browser.driver().manage().deleteAllCookies();
            browser.clearLogs();
        }
    }

    @Test
    void aRegistrationIsReviewedThroughAllFourFormsWithEverythingInView() throws IOException {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        String party = fixtures.newPartyReviewer(unit.unitCode());
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("欧阳修远");
        form.setHardshipReason("妻子患病{{constructor.constructor('window.__injected=1')()}}，长期透析");
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        var created = api.post("/api/registrations", form);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        byte[] image = SampleFiles.png();
        var account = accounts.principalOf(unit.accountId());
        documents.upload(account, id, "ID_AND_BANK_CARD", "身份证银行卡.png", image);
        documents.upload(account, id, "DIAGNOSIS", "诊断.pdf", SampleFiles.pdf());
        assertThat(api.post("/api/registrations/" + id + "/submit", null).status()).isEqualTo(200);

        Browser b = browser();
        b.loginAsStaff(party, Fixtures.PASSWORD);
        WebElement sheet = openTask("党委审核 · " + unit.unitName(), reference, unit.unitName(), "欧**远");
        assertThat(sheet.getText()).as("the registration inside the form")
                .contains("欧阳修远", reference, unit.unitName(), "职工信息（附件2）", "家庭现住址", "其他家庭成员",
                        "资格认定", "符合资助条件", "规则版本", "EligibilityRules v", "佐证材料", "审核记录", "单位上报")
                .contains(form.getIdNumber().substring(0, 6) + "********")
                .doesNotContain(form.getIdNumber());
        assertThat(sheet.getText()).as("typed braces stay text").contains("{{constructor");
        assertThat(((JavascriptExecutor) b.driver()).executeScript("return window.__injected;")).isNull();
        b.screenshot("tasklist-01-party-form");

        choose("partyDecision", "RETURN");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "请填写“审核意见”");
        assertThat(b.text(".warmaid-task-form .decision-problems")).doesNotContainPattern("ENGINE|[Ff]ield must");
        b.screenshot("tasklist-02-party-comment-required");
        choose("partyDecision", "APPROVE");
        completeAndWaitFor(id, Stage.PROVINCIAL_REVIEW);
        assertNoFailures("party committee");

        signOutOfTasklist();
        b.loginAsStaff("reviewer", "demo");
        sheet = openTask("省级审核", reference, unit.unitName(), "欧**远");
        assertThat(sheet.getText()).contains("党委审核", "通过");
        WebElement amount = b.find(".warmaid-task-form input[name=aidAmount]");
        assertThat(amount.getAttribute("value")).as("prefilled from AidAmount").isEqualTo("1000");
        choose("provincialDecision", "APPROVE");
        amount.clear();
        amount.sendKeys("-5");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "“资助金额（元）”应在");
        assertThat(b.text(".warmaid-task-form .decision-problems")).doesNotContainPattern("[A-Za-z]{4,}");
        b.screenshot("tasklist-03-provincial-amount");
        amount.clear();
        amount.sendKeys("1200");
        WebElement spotCheck = b.find(".warmaid-task-form input[name=spotCheck]");
        if (!spotCheck.isSelected()) {
            clickInView(".warmaid-task-form input[name=spotCheck]");
        }
        completeAndWaitFor(id, Stage.HOME_VISIT);

        sheet = openTask("入户走访", reference, unit.unitName(), "欧**远");
        assertThat(sheet.getText()).contains("1200");
        choose("visitConfirmed", "false");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "请填写“走访记录”");
        choose("visitConfirmed", "true");
        b.screenshot("tasklist-04-visit");
        completeAndWaitFor(id, Stage.DOCUMENT_CHECK);

        sheet = openTask("佐证材料审核", reference, unit.unitName(), "欧**远");
        List<WebElement> views = b.driver().findElements(By.cssSelector(".warmaid-task-form .document-view"));
        assertThat(views).hasSize(2);
        clickInView(".warmaid-task-form .document-view[data-kind=image]");
        b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.warmaid-task-form .document-image'); return i && i.complete ? i.naturalWidth : 0;"))
                .intValue() > 0);
        clickInView(".warmaid-task-form .document-view[data-kind=pdf]");
        assertThat(b.find(".warmaid-task-form .document-pdf").getAttribute("src")).contains("/review/documents/");
        b.screenshot("tasklist-05-documents-in-place");
        choose("document_ID_AND_BANK_CARD", "PASS");
        choose("document_DIAGNOSIS", "FAIL");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "请填写“审核意见”");
        choose("document_DIAGNOSIS", "PASS");
        completeAndWaitFor(id, Stage.AWAITING_PAYOUT);
        assertNoFailures("provincial reviewer");
    }

    /** Opens the filter, picks the task by its reference (its card naming the unit and the masked worker), claims it. */
    private WebElement openTask(String filter, String reference, String unitName, String maskedName) {
        Browser b = browser();
        b.go("/camunda/app/tasklist/default/");
        WebElement filterLink = b.waitUntil(d -> d.findElements(By.cssSelector(".task-filter")).stream()
                .filter(item -> item.getText().contains(filter)).findFirst().orElse(null));
        filterLink.click();
        WebElement card = b.waitUntil(d -> d.findElements(By.cssSelector(".tasks-list li.task")).stream()
                .filter(item -> item.getText().contains(reference)).findFirst().orElse(null));
        assertThat(card.getText()).as("the task card").contains(unitName, maskedName);
        card.findElement(By.cssSelector(".clickable")).click();
        b.waitUntil(d -> !d.findElements(By.cssSelector(".warmaid-task-form .worker-name")).isEmpty()
                || !d.findElements(By.cssSelector("[ng-click='claim()']")).isEmpty());
        List<WebElement> claim = b.driver().findElements(By.cssSelector("[ng-click='claim()']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            b.waitUntil(d -> {
                try {
                    return d.findElements(By.cssSelector("[ng-click='claim()']")).stream().noneMatch(WebElement::isDisplayed);
                } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
                    return false;
                }
            });
        }
        b.find(".warmaid-task-form .decision");
        return b.find(".warmaid-task-form .sheet");
    }

    /** Picks a choice; the form may still be settling (pictures loading) as it is scrolled to, so retried once. */
    private void choose(String field, String value) {
        String css = ".warmaid-task-form input[name=" + field + "][value='" + value + "']";
        try {
            clickInView(css);
        } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
            clickInView(css);
        }
        assertThat(browser().find(css).isSelected()).isTrue();
    }

    private void complete() {
        clickInView(".form-actions .btn-primary");
    }

    /**
     * Scrolls the element to the middle of Tasklist's scrolling pane (its footer covers the bottom)
     * and clicks it once nothing covers it; found afresh each time, as Tasklist renders the form
     * again after a claim.
     */
    private void clickInView(String css) {
        WebElement element = browser().waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            try {
                Object free = ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                        + " var r = arguments[0].getBoundingClientRect();"
                        + " var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + " return e === arguments[0] || arguments[0].contains(e) || (e && e.control === arguments[0]);",
                        found.get(0));
                return Boolean.TRUE.equals(free) ? found.get(0) : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
                return null;
            }
        });
        element.click();
    }

    private void completeAndWaitFor(long id, Stage stage) {
        complete();
        browser().waitUntil(d -> registrations.findById(id).orElseThrow().getStage() == stage);
    }

    private void signOutOfTasklist() {
        browser().driver().manage().deleteAllCookies();
    }

    private void assertNoFailures(String who) {
        assertThat(browser().failedRequests()).as("failed requests of %s", who).isEmpty();
        assertThat(browser().consoleErrors()).as("console errors of %s", who).isEmpty();
    }
}
