package org.warmaid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/** 附件1 done by a union cadre in real headless Chromium: every step of the portal, with a screenshot each. */
@MariaDbIntegrationTest
class PortalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        fixtures.openCampaign();
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
        fixtures.clock().reset();
    }

    @Test
    void firstLoginAllowsNothingButThePasswordChange() {
        UnitLogin unit = fixtures.newUnitWithInitialPassword();
        browser.loginAsUnit(unit.unitName(), "不是负责人", "0");
        assertThat(browser.text("#login-error")).contains("登录失败");

        browser.loginAsUnit(unit.unitName(), unit.unionHead(), "0");
        assertThat(browser.currentPath()).startsWith("/account/password");
        assertThat(browser.text("#first-login")).contains("首次登录须先修改默认密码");
        browser.go("/portal/registrations/new");
        assertThat(browser.currentPath()).as("every other page leads back").startsWith("/account/password");

        browser.type("#oldPassword", "0").type("#newPassword", "12345678").type("#confirmPassword", "12345678")
                .clickAndLoad("#password-form button[type=submit]");
        assertThat(browser.pageText()).contains("至少三类");
        browser.screenshot("portal-01-password-policy");

        browser.type("#oldPassword", "0").type("#newPassword", "Spring-Fest-2027").type("#confirmPassword", "Spring-Fest-2027")
                .clickAndLoad("#password-form button[type=submit]");
        assertThat(browser.currentPath()).startsWith("/portal/registrations");
        assertThat(browser.pageText()).contains("密码已修改", "添加职工信息", "修改职工信息", "数据汇总", "修改密码", "退出");
        browser.screenshot("portal-02-after-password-change");
    }

    @Test
    void addsARegistrationAfterCorrectingTheMistakesShownNextToTheFields() {
        UnitLogin unit = fixtures.newUnit();
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        browser.clickAndLoad(".sidenav a[href='/portal/registrations/new']");
        assertThat(browser.find("h1").getText()).startsWith("添加职工信息");

        var form = SampleRegistrations.valid();
        browser.type("#name", "刘洋")
                .type("#idNumber", "220102198001010013")
                .type("#unitAndPosition", "省交通运输厅 科员")
                .type("#householdSize", "3")
                .type("#householdMonthlyIncome", "1000")
                .type("#address", "长春市朝阳区西民主大街1号")
                .type("#bankCardNumber", form.getBankCardNumber())
                .type("#hardshipReason", "妻子患尿毒症，长期透析")
                .type("#incomeTax", "0").type("#socialSecurityContributions", "100").type("#necessaryExpenses", "600")
                .type("#monthsBelowStandard", "8").type("#homeCount", "1").type("#housingArea", "60");
        browser.click("#hardshipTypes1").click("#hardshipTypes3");
        browser.select("#aidCategory", "（二）本人或家庭成员患大病、遭受灾害或突发意外造成生活困难的职工");
        for (String question : new String[] {"suddenHardship", "minimumLivingAllowance", "disabled",
                "ownsShopOrEmploysOthers", "childInPrivateSchoolOrAbroad", "usesShipsOrMachinery"}) {
            browser.click("#" + question + "2");
        }
        browser.click("#declaredTruthfully1");
        browser.type("input[name='familyMembers[0].name']", "王丽").type("input[name='familyMembers[0].age']", "44")
                .type("input[name='familyMembers[0].relation']", "配偶")
                .type("input[name='familyMembers[0].workUnitAndPosition']", "无");
        browser.waitForText("#precheck-body", "预审");
        browser.clickAndLoad("#save");

        assertThat(browser.text("#form-errors")).contains("填写内容有误");
        assertThat(errorOf("idNumber")).contains("校验位");
        assertThat(errorOf("phone")).contains("请填写联系电话");
        assertThat(errorOf("householdSize")).contains("应等于职工本人加所列其他家庭成员（1人）");
        assertThat(browser.find("#name").getAttribute("value")).as("nothing typed is lost").isEqualTo("刘洋");
        assertThat(browser.find("#hardshipReason").getAttribute("value")).isEqualTo("妻子患尿毒症，长期透析");
        assertThat(browser.find("input[name='familyMembers[0].name']").getAttribute("value")).isEqualTo("王丽");
        assertThat(browser.find("#suddenHardship2").isSelected()).isTrue();
        browser.screenshot("portal-03-errors-next-to-fields");

        browser.type("#idNumber", form.getIdNumber()).type("#phone", "13804310000").type("#householdSize", "2");
        browser.waitForText("#precheck-body", "符合资助条件");
        assertThat(browser.text("#precheck-body")).contains("第一部分（一）");
        browser.screenshot("portal-04-precheck-panel");
        browser.clickAndLoad("#save");

        assertThat(browser.pageText()).contains("已保存，登记编号");
        assertThat(browser.currentPath()).matches("/portal/registrations/\\d+");
        assertThat(browser.find("#idNumber").getAttribute("value")).as("masked once saved").contains("********");
        browser.screenshot("portal-05-saved");
    }

    @Test
    void uploadsSupportingDocumentsCheckedByTheirContent() throws IOException {
        UnitLogin unit = fixtures.newUnit();
        long id = new ApiClient(port, unit.accountId(), unit.password())
                .post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        browser.go("/portal/registrations/" + id);

        Path image = Files.createTempFile("身份证银行卡", ".png");
        BufferedImage picture = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "png", image.toFile());
        browser.select("#documentType", "身份证和工商银行卡复印件（一张纸）");
        browser.find("#file").sendKeys(image.toAbsolutePath().toString());
        browser.clickAndLoad("#upload");
        assertThat(browser.pageText()).contains("已上传");
        assertThat(browser.text("#document-table")).contains("身份证和工商银行卡复印件", ".png");

        Path disguised = Files.createTempFile("诊断", ".pdf");
        Files.writeString(disguised, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        browser.select("#documentType", "大重病住院诊断结果（1-2页）");
        browser.find("#file").sendKeys(disguised.toAbsolutePath().toString());
        browser.clickAndLoad("#upload");
        assertThat(browser.pageText()).contains("只能上传 PDF、JPG 或 PNG 文件");
        assertThat(browser.driver().findElements(By.cssSelector("#document-table tbody tr"))).hasSize(1);
        browser.screenshot("portal-06-documents");
    }

    @Test
    void editsDeletesInBulkAndSubmits() {
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        long first = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        api.post("/api/registrations", named("李四"));
        api.post("/api/registrations", named("王五"));
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        assertThat(browser.driver().findElements(By.cssSelector("#registrations tbody tr"))).hasSize(3);
        assertThat(browser.find("#registrations thead th:nth-child(1) input[type=checkbox]")).isNotNull();
        assertThat(browser.text("#registrations tbody tr:nth-child(1) td:nth-child(2)")).isEqualTo("点击修改");

        browser.clickAndLoad("#registrations tbody tr:nth-child(1) .edit-link");
        browser.type("#address", "长春市南关区人民大街2号").clickAndLoad("#save");
        assertThat(browser.pageText()).contains("修改已保存");
        assertThat(registrations.findById(first).orElseThrow().getAddress()).isEqualTo("长春市南关区人民大街2号");

        browser.clickAndLoad(".sidenav a[href='/portal/registrations']");
        browser.click("#registrations tbody tr:nth-child(2) input[name=ids]");
        browser.click("#registrations tbody tr:nth-child(3) input[name=ids]");
        browser.screenshot("portal-07-selected-for-deletion");
        browser.clickAndConfirm("#delete-selected");
        browser.waitForText(".alert-success", "删除完成 2 条");
        assertThat(browser.driver().findElements(By.cssSelector("#registrations tbody tr"))).hasSize(1);

        browser.click("#registrations tbody tr:nth-child(1) input[name=ids]");
        browser.clickAndConfirm("#submit-selected");
        browser.waitForText(".alert-success", "上报完成 1 条");
        assertThat(browser.text("#registrations tbody tr:nth-child(1)")).contains("党委审核中");
        assertThat(registrations.findById(first).orElseThrow().getStage()).isEqualTo(Stage.PARTY_REVIEW);
        browser.screenshot("portal-08-submitted");
    }

    @Test
    void downloadsTheSummaryWorkbookWithTheUnitsRows() throws IOException {
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        for (String name : new String[] {"赵六", "钱七"}) {
            long declared = api.post("/api/registrations", named(name)).body().get("id").asLong();
            assertThat(api.post("/api/registrations/" + declared + "/submit", "").status()).as("declared: on the summary")
                    .isEqualTo(200);
        }
        api.post("/api/registrations", named("孙九"));
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        browser.clickAndLoad(".sidenav a[href='/portal/summary']");
        assertThat(browser.text("#summary-left-off")).contains("尚未上报", "1 人");
        assertThat(browser.find("#generate-summary").getCssValue("background-color")).as("the green button")
                .isEqualTo("rgba(30, 132, 73, 1)");
        browser.screenshot("portal-09-summary");
        browser.click("#generate-summary");
        Path file = browser.download();
        assertThat(file.getFileName().toString()).endsWith(".xlsx").contains("困难职工情况汇总表");
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("困难职工情况汇总表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(unit.unitName());
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("赵六");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("钱七");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).as("a draft is not on it").isEqualTo("合计");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void afterTheDeadlineThePortalSaysSoRefusesWritesAndStillShowsEverything() {
        UnitLogin unit = fixtures.newUnit();
        long id = new ApiClient(port, unit.accountId(), unit.password())
                .post("/api/registrations", named("孙八")).body().get("id").asLong();
        fixtures.clock().advance(Duration.ofDays(30));
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        assertThat(browser.pageText()).contains("申报系统已于", "关闭：截止时已保存的完整登记视为已上报，不完整的视为放弃");
        assertThat(browser.text("#registrations")).contains("孙八");

        browser.go("/portal/registrations/" + id);
        assertThat(browser.find("#name").isEnabled()).isFalse();
        assertThat(browser.driver().findElements(By.id("save"))).isEmpty();
        browser.screenshot("portal-10-closed");

        browser.go("/portal/registrations");
        browser.click("#registrations tbody tr:nth-child(1) input[name=ids]");
        browser.clickAndConfirm("#delete-selected");
        assertThat(browser.pageText()).contains("未能删除", "申报系统已于");
        assertThat(registrations.findById(id).orElseThrow().getStage()).isEqualTo(Stage.ENTERED);

        browser.clickAndLoad(".sidenav a[href='/portal/summary']");
        browser.click("#generate-summary");
        assertThat(browser.download()).exists();
    }

    @Test
    void fitsAPhoneScreen() {
        UnitLogin unit = fixtures.newUnit();
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
            phone.go("/portal/registrations/new");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(1);
            assertThat(phone.find(".sidenav").getRect().getWidth()).isGreaterThan(300);
            phone.screenshot("portal-11-phone");
        }
    }

    private String errorOf(String field) {
        return browser.find("#" + field).findElement(By.xpath("./ancestor::div[contains(@class,'field')]//span[@class='error']")).getText();
    }

    private static org.warmaid.registration.RegistrationForm named(String name) {
        var form = SampleRegistrations.valid();
        form.setName(name);
        return form;
    }

}
