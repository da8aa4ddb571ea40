package org.warmaid.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.campaign.Campaign;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.BrowserPerClass;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;

/**
 * The portal and the provincial pages as their users found them wanting, each defect with the check
 * that would have caught it, in real Chromium (screenshots in target/screenshots): a favicon on every
 * page; sizes of small files in bytes; a submitted registration's pre-check and family rows; a
 * negative income called negative; a phone showing family fields and the list without sideways
 * scrolling; 已上报 without returned registrations; 10 as 10; the payout page with names and a
 * confirmation; the audit log in words; staff home pages with their own work.
 */
@MariaDbIntegrationTest
class StaffAndPortalPagesBrowserIT {

    @RegisterExtension
    static BrowserPerClass browsers = new BrowserPerClass();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    org.warmaid.accounts.IdentityAuthenticationProvider accounts;

    @Autowired
    org.warmaid.document.Documents documents;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Browser browser() {
        return browsers.on(port);
    }

    @Test
    void aUnitsSubmittedRegistrationReadsRightOnALaptopAndOnAPhone() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long id = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        byte[] tiny = SampleFiles.png();
        Browser b = browser();
        b.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        assertThat(b.find("link[rel=icon]").getAttribute("href")).endsWith("/favicon.ico");

        b.go("/portal/registrations/" + id);
        b.type("#householdMonthlyIncome", "-100");
        b.waitForText("#precheck-body", "不能为负数");
        assertThat(b.text("#precheck-body")).contains("家庭月收入不能为负数").doesNotContain("请先填写");
        b.screenshot("pages-01-negative-income");

        documents.upload(accounts.principalOf(unit.accountId()), id, "ID_AND_BANK_CARD", "小图.png", tiny);
        b.go("/portal/registrations/" + id);
        assertThat(b.text("#document-table")).as("a small file in bytes, not 0 KB")
                .contains(tiny.length + " 字节").doesNotContain("0 KB");

        assertThat(api.post("/api/registrations/" + id + "/submit", null).status()).isEqualTo(200);
        b.go("/portal/registrations/" + id);
        b.waitForText("#precheck-body", "符合资助条件");
        assertThat(b.text("#precheck-body")).doesNotContain("请先填写");
        assertThat(b.driver().findElements(By.cssSelector("#family [data-remove-row], #add-family-member")))
                .as("no buttons that do nothing").isEmpty();
        b.screenshot("pages-02-submitted-registration");
        assertClean(b, "unit pages");

        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
            assertThat(sidewaysScroll(phone)).as("the list without sideways scrolling").isLessThanOrEqualTo(1);
            assertThat(phone.find("#registrations tbody tr td[data-label='状态']").isDisplayed()).isTrue();
            phone.screenshot("pages-03-phone-list");
            phone.go("/portal/registrations/new");
            int width = phone.find("input[name='familyMembers[0].name']").getRect().getWidth();
            assertThat(width).as("a family member's name field wide enough to type in").isGreaterThan(150);
            assertThat(sidewaysScroll(phone)).isLessThanOrEqualTo(1);
            phone.screenshot("pages-04-phone-family");
        }
    }

    @Test
    void provincialAndFinancePagesSpeakPlainly() {
        Campaign campaign = fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        List<Registration> paid = journeys.awaitingPayout(unit, 1);
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long returned = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        api.post("/api/registrations/" + returned + "/submit", null);
        Registration back = registrations.findById(returned).orElseThrow();
        journeys.complete(back, accounts.principalOf(fixtures.newPartyReviewer(unit.unitCode())),
                Map.of("partyDecision", "RETURN", "partyComment", "请补充收入证明"));

        Browser b = browser();
        b.loginAsStaff("demo", "demo");
        b.go("/province?campaign=" + campaign.getId());
        var row = b.waitUntil(d -> d.findElements(By.cssSelector("#units-table tbody tr")).stream()
                .filter(r -> r.getText().contains(unit.unitName())).findFirst().orElse(null));
        var cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).as("登记").isEqualTo("2");
        assertThat(cells.get(2).getText()).as("已上报: the registration returned for correction is not").isEqualTo("1");
        b.waitUntil(ExpectedConditions.attributeToBe(By.id("charts"), "data-ready", "true"));
        assertThat(b.find(".unit-name").getCssValue("white-space")).isEqualTo("nowrap");
        b.screenshot("pages-05-overview");

        b.go("/admin/campaigns/" + campaign.getId());
        assertThat(b.find("#spotCheckPercent").getAttribute("value")).doesNotContain("E").matches("\\d+(\\.\\d+)?");
        b.screenshot("pages-06-campaign");

        b.go("/finance/batches?campaign=" + campaign.getId());
        b.clickAndConfirm("#build-batch");
        String batchPath = b.currentPath();
        b.go("/finance/batches?campaign=" + campaign.getId());
        assertThat(b.text("#batches-table")).as("who built it, by name").contains("郑军").doesNotContainPattern("\\bdemo\\b(?!）)");
        b.go(batchPath);
        b.click(".mark-paid");
        var confirm = b.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).as("names the payment before it is marked")
                .matches("确认 \\d{4}-[A-Z0-9]+-\\d{4}（.+）的资助金 [0-9.]+ 元已由银行发放成功？确认后不能撤销。");
        confirm.dismiss();
        assertThat(b.text("#payments-table")).as("nothing marked without confirmation").doesNotContain("已发放成功");
        b.screenshot("pages-07-batch");
        assertClean(b, "provincial pages");
    }

    @Test
    void theAuditLogSpeaksInWordsAndStaffHomePagesShowTheirWork() {
        Browser b = browser();
        b.loginAsStaff("auditor", "demo");
        b.go("/audit");
        String log = b.text("#audit-events");
        assertThat(log).contains("登录成功", "成功").doesNotContain("LOGIN_SUCCESS", "SUCCESS", "0:0:0:0:0:0:0:1");
        assertThat(b.find("select#action")).isNotNull();
        b.select("#action", "登录成功");
        b.clickAndLoad("#audit-filter button[type=submit]");
        assertThat(b.driver().findElements(By.cssSelector("#audit-events tbody tr"))).isNotEmpty()
                .allSatisfy(tr -> assertThat(tr.getText()).contains("登录成功"));
        b.screenshot("pages-08-audit-log");
        assertClean(b, "audit log");

        b.go("/login?staff=1");
        b.driver().manage().deleteAllCookies();
        b.loginAsStaff("analyst", "demo");
        assertThat(b.currentPath()).as("analysts start at their rules").startsWith("/rules");
        assertThat(b.driver().findElements(By.id("nav-tasklist"))).as("no link to a tool the analyst may not open").isEmpty();
        assertThat(b.find("#nav-cockpit")).isNotNull();
        b.screenshot("pages-09-analyst-home");
        assertClean(b, "analyst home");

        b.go("/login?staff=1");
        b.driver().manage().deleteAllCookies();
        b.loginAsStaff("party1", "demo");
        assertThat(b.find("#party-work").getText()).contains("党委审核");
        assertThat(b.find("#nav-tasklist")).isNotNull();
        b.screenshot("pages-10-party-home");
        assertClean(b, "party home");
    }

    @Test
    void theReviewPageRevealsTheNumbersAndShowsEachDocumentInPlace() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        var form = SampleRegistrations.valid();
        long id = api.post("/api/registrations", form).body().get("id").asLong();
        var account = accounts.principalOf(unit.accountId());
        documents.upload(account, id, "ID_AND_BANK_CARD", "证件.png", SampleFiles.png());
        documents.upload(account, id, "DIAGNOSIS", "诊断.pdf", SampleFiles.pdf());

        Browser b = browser();
        b.loginAsStaff("demo", "demo");
        b.go("/review/registrations/" + id);
        assertThat(b.text("[data-number=idNumber]")).doesNotContain(form.getIdNumber());
        b.click("#reveal-numbers");
        b.waitForText("[data-number=idNumber]", form.getIdNumber());
        String reference = registrations.findById(id).orElseThrow().getReference();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_REVEAL' "
                + "and target_id = ?", Integer.class, reference)).as("one look, one audit entry").isOne();
        b.click(".document-view[data-kind=image]");
        b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.document-image'); return i && i.complete ? i.naturalWidth : 0;")).intValue() == 120);
        b.click(".document-view[data-kind=pdf]");
        b.waitForText(".document-pdf-status", "共 1 页");
        b.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "var i = document.querySelector('.document-pdf-page'); return i && i.complete ? i.naturalWidth : 0;")).intValue() == 1240);
        assertThat(b.find(".document-image").isDisplayed()).as("the picture gives way to the PDF").isFalse();
        assertThat(b.find(".sheet h2").getCssValue("border-left-color"))
                .as("the same sheet's look as in Tasklist (sheet.css)").isEqualTo("rgba(178, 34, 34, 1)");
        b.screenshot("pages-11-review-page-documents");
        assertClean(b, "review page");
    }

    private static long sidewaysScroll(Browser phone) {
        return ((Number) ((JavascriptExecutor) phone.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    private static void assertClean(Browser b, String where) {
        assertThat(b.failedRequests()).as("failed requests on %s", where).isEmpty();
        assertThat(b.consoleErrors()).as("console errors on %s", where).isEmpty();
    }
}
