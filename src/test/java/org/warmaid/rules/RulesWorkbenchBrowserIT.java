package org.warmaid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.process.rules.DecisionVersions;
import org.warmaid.process.rules.RepositoryDecisionFiles;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The rules workbench as an analyst uses it, in headless Chromium: change 长春市 from 620 to 650 in
 * the editor, run the case table, preview whom it changes, deploy, see the portal use it, roll back,
 * then add 吉林市. The analyst works on {@code localhost}, the unit on {@code 127.0.0.1}: two hosts,
 * two sessions in one browser.
 */
@MariaDbIntegrationTest
class RulesWorkbenchBrowserIT {

    private static final String KEY = "MinimumLivingStandard";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuleDeployments deployments;

    @Autowired
    DecisionVersions versions;

    @Autowired
    RepositoryDecisionFiles repository;

    @Autowired
    TransactionTemplate transactions;

    Browser browser;

    @BeforeEach
    void open() {
        fixtures.openCampaign();
        browser = Browser.open(port, 1366, 1000);
    }

    @AfterEach
    void restoreTheRepositoryTable() {
        browser.close();
        byte[] file = repository.file(KEY).orElseThrow().content();
        if (!java.util.Arrays.equals(versions.content(versions.live(KEY).orElseThrow()), file)) {
            transactions.executeWithoutResult(status -> deployments.deploy(KEY, file, "测试结束，恢复仓库版本", null));
        }
    }

    @Test
    void anAnalystChangesTheLivingStandardTriesItDeploysAndRollsBack() {
        UnitLogin unit = fixtures.newUnit();
        ApiClient unitApi = new ApiClient(port, unit.accountId(), unit.password());
        String between = register(unitApi, "640.00", "之间");
        String below = register(unitApi, "619.00", "之下");
        String atNew = register(unitApi, "650.00", "等于新标准");
        int before = versions.live(KEY).orElseThrow().version();

        signInAsAnalyst();
        browser.go("/rules");
        assertThat(browser.text("#decisions")).contains("当地最低生活保障标准", "EligibilityRules", "AidAmount");
        browser.clickAndLoad("#decisions tr[data-key='" + KEY + "'] a");
        awaitEditor();
        assertThat(browser.text("#editor")).contains("命中策略", "唯一（UNIQUE）", "当", "则").doesNotContain("Hit policy");

        editCell("Rule_Changchun", "Output_MinimumStandard", "650");
        browser.click("#run-cases");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("cases-panel")));
        WebElement changchun = browser.find("#case-line-2");
        assertThat(changchun.getAttribute("class")).isEqualTo("case-fail");
        assertThat(changchun.getText()).contains("620", "650", "未通过");
        assertThat(browser.find("#case-line-3").getAttribute("class")).as("吉林市 still has no standard").isEqualTo("case-pass");
        browser.screenshot("rules-01-case-table-against-650");

        browser.click("#impact");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("impact-panel")));
        List<WebElement> listed = browser.driver().findElements(By.cssSelector("#impact-table tbody tr"));
        List<String> references = listed.stream().map(row -> row.getAttribute("data-reference")).toList();
        assertThat(references).contains(between).doesNotContain(below, atNew);
        for (WebElement row : listed) {
            BigDecimal perCapita = figure(row.findElements(By.tagName("td")).get(5).getText());
            BigDecimal livingLevel = figure(row.findElements(By.tagName("td")).get(6).getText());
            assertThat(between(perCapita, "620", "650") || between(perCapita, "1240", "1300")
                    || between(livingLevel, "1240", "1300"))
                    .as("%s lies between the old and the new thresholds", row.getText()).isTrue();
        }
        assertThat(browser.find("#impact-table tr[data-reference='" + between + "']").getText())
                .contains(unit.unitName(), "刘*", "是（下次上报时）", "不符合 → 符合", "CLAUSE_1_BELOW_MINIMUM");
        browser.screenshot("rules-02-impact-preview");

        browser.click("#deploy");
        browser.waitForText("#draft-errors", "请填写部署原因");
        browser.type("#reason", "长春市最低生活保障标准调整为每人每月650元");
        browser.click("#deploy");
        browser.waitForText("#draft-success", "已部署为第 " + (before + 1) + " 版");
        assertThat(precheck(unitApi, "640.00")).contains("650");
        assertThat(browser.find("#workbench").getAttribute("data-csp-violations"))
                .as("the editor needs no script, connection, font or image the page's policy refuses")
                .satisfiesAnyOf(violations -> assertThat(violations).isNull(),
                        violations -> assertThat(violations.lines()).allMatch(line -> line.startsWith("style-src")));
        String generatedStyles = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.adoptedStyleSheets.map(s => Array.from(s.cssRules).map(r => r.cssText).join('\\n')).join('\\n')");
        System.out.println("generated styles taken over: " + generatedStyles.length() + " characters");

        browser.go("/rules/" + KEY + "/history");
        WebElement previous = browser.find("#versions tr[data-version='" + before + "']");
        previous.findElement(By.name("reason")).sendKeys("民政厅通知尚未生效，恢复620元");
        WebElement page = browser.find("html");
        previous.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForNewPage(page);
        assertThat(browser.text(".alert-success")).contains("第 " + before + " 版", "第 " + (before + 2) + " 版");
        assertThat(precheck(unitApi, "640.00")).contains("620");
        browser.screenshot("rules-03-history-after-rollback");

        browser.go("/rules/" + KEY + "/diff?from=" + before + "&to=" + (before + 1));
        assertThat(browser.text("#changes")).contains("第 1 条规则", "620", "650");

        List<Map<String, Object>> audit = jdbc.queryForList("select actor, action, details from audit_event "
                + "where target_type = 'decision' and target_id = ? and actor = 'analyst' order by id desc limit 2", KEY);
        assertThat(audit).extracting(row -> row.get("action")).containsExactly("DECISION_ROLLBACK", "DECISION_DEPLOY");
        assertThat((String) audit.get(1).get("details")).contains("长春市最低生活保障标准调整为每人每月650元", "620 → 650");
        assertThat((String) audit.get(0).get("details")).contains("恢复第 " + before + " 版", "650 → 620");

        browser.go("/rules/" + KEY);
        awaitEditor();
        browser.click("td.add-rule-add button");
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#editor td[data-row-id][data-col-id='Input_Region']"))
                .size() == 2);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#editor td[data-row-id][data-col-id='Input_Region']"));
        WebElement newInput = rows.get(rows.size() - 1);
        String newRule = newInput.getAttribute("data-row-id");
        editCell(newRule, "Input_Region", "\"吉林市\"");
        editCell(newRule, "Output_MinimumStandard", "600");
        browser.type("#reason", "增加吉林市：每人每月600元");
        browser.click("#deploy");
        browser.waitForText("#draft-success", "已部署为第 " + (before + 3) + " 版");

        signInAsUnitOn127(unit);
        browser.driver().get("http://127.0.0.1:" + port + "/portal/registrations/new");
        List<String> regions = new Select(browser.find("#region")).getOptions().stream().map(WebElement::getText).toList();
        assertThat(regions).contains("长春市", "吉林市");
        browser.screenshot("rules-04-portal-offers-jilin");
    }

    private void signInAsAnalyst() {
        browser.go("/login?staff");
        browser.type("#username", "analyst").type("#staff-password", "demo");
        browser.clickAndLoad("#staff-login button[type=submit]");
        assertThat(browser.currentPath()).as("an analyst starts on the workbench").startsWith("/rules");
    }

    private void signInAsUnitOn127(UnitLogin unit) {
        browser.driver().get("http://127.0.0.1:" + port + "/login");
        new Select(browser.find("#unit")).selectByVisibleText(unit.unitName());
        browser.type("#name", unit.unionHead()).type("#password", unit.password());
        WebElement page = browser.find("html");
        browser.find("#unit-login button[type=submit]").click();
        browser.waitForNewPage(page);
    }

    private void awaitEditor() {
        browser.waitUntil(driver -> "true".equals(browser.find("#workbench").getAttribute("data-ready")));
    }

    /** Types into a cell of the decision table as an analyst does: click, select its text, type. */
    private void editCell(String rowId, String columnId, String text) {
        String cell = "#editor td[data-row-id='" + rowId + "'][data-col-id='" + columnId + "']";
        new Actions(browser.driver()).click(browser.find(cell)).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(text).perform();
        browser.waitUntil(driver -> browser.find(cell).getText().strip().equals(text));
    }

    /** A one-person household of the figure per capita, no special or sudden hardship, below a standard for 8 months. */
    private static String register(ApiClient unitApi, String perCapitaIncome, String note) {
        RegistrationForm form = household(perCapitaIncome);
        form.setIdNumber(SampleRegistrations.freshIdNumber());
        form.setBankCardNumber(SampleRegistrations.randomBankCard());
        form.setHardshipReason("收入" + note + "，测试影响预览");
        ApiClient.Answer answer = unitApi.post("/api/registrations", form);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().get("reference").asText();
    }

    private static String precheck(ApiClient unitApi, String perCapitaIncome) {
        ApiClient.Answer answer = unitApi.post("/api/registrations/precheck", household(perCapitaIncome));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("explanation").asText();
    }

    private static RegistrationForm household(String perCapitaIncome) {
        RegistrationForm form = SampleRegistrations.valid();
        form.setHouseholdSize(1);
        form.setFamilyMembers(List.of());
        form.setHardshipTypes(EnumSet.of(HardshipType.LOW_INCOME));
        form.setHouseholdMonthlyIncome(new BigDecimal(perCapitaIncome).add(new BigDecimal("100.00")));
        form.setNecessaryExpenses(BigDecimal.ZERO);
        return form;
    }

    private static boolean between(BigDecimal value, String low, String high) {
        return value.compareTo(new BigDecimal(low)) >= 0 && value.compareTo(new BigDecimal(high)) <= 0;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A figure of the impact preview: unrounded, cut after four decimals with "…" when it goes on. */
    private static BigDecimal figure(String shown) {
        return new BigDecimal(shown.replace("…", "").trim());
    }
}
