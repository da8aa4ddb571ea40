package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PaymentStatus;
import org.warmaid.payout.Payouts;
import org.warmaid.privacy.Masking;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.BrowserPerClass;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.TasklistPage;

/**
 * A registration reviewed in Tasklist as reviewers do it, in real Chromium: open the role's filter,
 * pick the task by its reference, claim it, read the registration inside the form, decide, complete
 * — through all four review forms. Signed in once on the application's login page. Every request
 * of the browser must succeed and the console stay free of errors.
 */
@MariaDbIntegrationTest
class TasklistBrowserIT {

    @RegisterExtension
    static BrowserPerClass browsers = new BrowserPerClass();

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

    @Autowired
    Journeys journeys;

    @Autowired
    Payouts payouts;

    @Autowired
    Reviews reviews;

    private Browser browser() {
        return browsers.on(port);
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
        assertThat(sheet.findElement(By.cssSelector("h2")).getCssValue("border-left-color"))
                .as("the sheet's own look (sheet.css) inside Tasklist").isEqualTo("rgba(178, 34, 34, 1)");
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
        // the PDF's pages show as images inside Tasklist's sandboxed page, where no PDF viewer would run
        b.waitForText(".warmaid-task-form .document-pdf-status", "共 1 页");
        b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.warmaid-task-form .document-pdf-page'); return i && i.complete ? i.naturalWidth : 0;"))
                .intValue() == 1240);
        assertThat(b.driver().findElements(By.cssSelector(".warmaid-task-form iframe"))).isEmpty();
        b.screenshot("tasklist-05-documents-in-place");
        choose("document_ID_AND_BANK_CARD", "PASS");
        choose("document_DIAGNOSIS", "FAIL");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "请填写“审核意见”");
        choose("document_DIAGNOSIS", "PASS");
        completeAndWaitFor(id, Stage.AWAITING_PAYOUT);
        assertNoFailures("provincial reviewer");
    }

    @Test
    @ResourceLock(Fixtures.WAITING_PAYMENTS)
    void financeRetriesOneFailedPaymentAndCancelsAnotherWithAReason() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        List<Registration> failing = journeys.awaitingPayout(unit, 2);
        Registration retried = failing.get(0);
        Registration cancelled = failing.get(1);

        Browser b = browser();
        b.loginAsStaff("finance", "demo");
        b.go("/finance/batches");
        b.clickAndConfirm("#build-batch");
        markFailed(retried.getReference(), "户名与卡号不符");
        markFailed(cancelled.getReference(), "账户已冻结");
        assertThat(registrations.findById(retried.getId()).orElseThrow().getStage()).isEqualTo(Stage.PAYOUT_FAILED);
        assertNoFailures("finance on the batch page");

        WebElement sheet = openTask("资助金发放", retried.getReference(), unit.unitName(), Masking.name(retried.getName()));
        assertThat(b.text(".warmaid-task-form .task-form-header")).as("the task, the worker and the bank's reason")
                .contains("处理发放失败", retried.getName(), retried.getReference(), "发放失败待处理", "银行退回原因：户名与卡号不符");
        assertThat(sheet.getText()).as("the registration and its failed payment inside the form")
                .contains("职工信息（附件2）", "审核记录", "资助金发放", "1000.00", "发放失败", "户名与卡号不符");
        assertThat(b.text(".warmaid-task-form .decision")).contains("处理发放失败意见", "处理方式", "下一批次重新发放", "取消发放", "说明");
        b.screenshot("tasklist-06-failed-payment");
        choose("payoutResolution", "RETRY");
        completeAndWaitFor(retried.getId(), Stage.AWAITING_PAYOUT);
        assertThat(payouts.openPayment(retried.getId())).as("a new payment waits for the next batch")
                .hasValueSatisfying(payment -> {
                    assertThat(payment.getStatus()).isEqualTo(PaymentStatus.WAITING);
                    assertThat(payment.getAmount()).isEqualByComparingTo("1000");
                });
        assertThat(payouts.history(retried.getId())).extracting(Payment::getStatus)
                .containsExactly(PaymentStatus.FAILED, PaymentStatus.WAITING);

        openTask("资助金发放", cancelled.getReference(), unit.unitName(), Masking.name(cancelled.getName()));
        b.waitForText(".warmaid-task-form .task-form-header", "银行退回原因：账户已冻结");
        choose("payoutResolution", "CANCEL");
        complete();
        b.waitForText(".warmaid-task-form .decision-problems", "请填写“说明”");
        assertThat(b.text(".warmaid-task-form .decision-problems")).doesNotContainPattern("[A-Za-z]{4,}");
        b.screenshot("tasklist-07-cancel-needs-reason");
        assertThat(registrations.findById(cancelled.getId()).orElseThrow().getStage()).as("nothing sent")
                .isEqualTo(Stage.PAYOUT_FAILED);
        b.type(".warmaid-task-form textarea[name=payoutResolutionComment]", "职工已调离本省，本人申请不再发放");
        completeAndWaitFor(cancelled.getId(), Stage.PAYOUT_CANCELLED);
        assertThat(payouts.openPayment(cancelled.getId())).as("no payment waits any more").isEmpty();
        assertThat(reviews.history(cancelled.getId())).extracting(ReviewStep::getComment)
                .contains("职工已调离本省，本人申请不再发放");
        assertNoFailures("finance in Tasklist");
    }

    /** On the batch page: 发放失败 with the bank's reason, for the payment of the registration. */
    private void markFailed(String reference, String reason) {
        Browser b = browser();
        By row = By.xpath("//table[@id='payments-table']//tr[td[1][normalize-space()='" + reference + "']]");
        WebElement field = b.find(row).findElement(By.cssSelector("input[name=reason]"));
        field.sendKeys(reason);
        WebElement page = b.driver().findElement(By.tagName("html"));
        b.find(row).findElement(By.cssSelector(".mark-failed")).click();
        b.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        b.waitForNewPage(page);
        b.waitForText("#payments-table", reason);
    }

    private WebElement openTask(String filter, String reference, String unitName, String maskedName) {
        return tasklist().openTask(filter, reference, unitName, maskedName);
    }

    private void choose(String field, String value) {
        tasklist().choose(field, value);
    }

    private void complete() {
        tasklist().complete();
    }

    private void clickInView(String css) {
        tasklist().clickInView(css);
    }

    private TasklistPage tasklist() {
        return new TasklistPage(browser());
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
