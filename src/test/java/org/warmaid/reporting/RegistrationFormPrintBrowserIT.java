package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * 附件2 printed from the browser, blank and filled in, each on one A4 page; and the campaign's
 * contacts where the notice puts them: the login page's 网站技术人员, the portal's 联系人.
 */
@MariaDbIntegrationTest
class RegistrationFormPrintBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignDirectory campaigns;

    @Autowired
    TransactionTemplate transactions;

    Browser browser;
    int printedCount;
    UnitLogin unit;
    Campaign campaign;

    @BeforeEach
    void open() {
        fixtures.openCampaign();
        campaign = transactions.execute(status -> {
            Campaign open = campaigns.findOpen().orElseThrow();
            open.setContactName("焦刚");
            open.setContactPhone("0431-82701100");
            open.setTechContactName("姜凌");
            open.setTechContactPhone("0431-88902655");
            return open; // read in this transaction: the change is written as it commits
        });
        unit = fixtures.newUnit();
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theLoginPageAndThePortalNameTheCampaignsContacts() {
        browser.go("/login");
        assertThat(browser.text("#tech-contact")).isEqualTo("如因用户名与密码问题无法登录，请联系网站技术人员：姜凌，联系电话：0431-88902655。");
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        assertThat(browser.text("#campaign-contacts")).contains("联系人：焦刚", "联系电话：0431-82701100", "网站技术人员：姜凌",
                "联系电话：0431-88902655");
        browser.go("/portal/summary");
        assertThat(browser.pageText()).contains("联系人：焦刚　联系电话：0431-82701100");
    }

    @Test
    void aBlankAndAFilledFormPrintOnOneA4PageEach() throws Exception {
        var form = SampleRegistrations.valid();
        long id = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", form).body().get("id").asLong();
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());

        browser.go("/portal/forms/blank");
        String title = campaign.getFormYear() + "年省直机关困难职工登记表";
        assertThat(browser.text("h1")).isEqualTo(title);
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("tr.member.empty"))).hasSize(4);
        assertThat(browser.text(".types")).contains("□单亲女职工", "□低收入", "□大重病", "□灾害", "□其它");
        String blank = printed();
        assertThat(blank).contains(title, "困难职工姓名", "困难原因", "其他家庭成员", "每项都必须填写").doesNotContain("刘洋");

        browser.go("/portal/registrations/" + id + "/print");
        assertThat(browser.text("h1")).isEqualTo(title);
        assertThat(browser.text("#registration-form")).contains("刘洋", form.getIdNumber(), form.getBankCardNumber(),
                "☑大重病", "☑低收入", "□灾害", "王丽");
        assertThat(printed()).contains(title, "刘洋", form.getIdNumber());

        UnitLogin other = fixtures.newUnit();
        Browser intruder = Browser.open(port);
        try {
            intruder.loginAsUnit(other.unitName(), other.unionHead(), other.password());
            intruder.go("/portal/registrations/" + id + "/print");
            assertThat(intruder.pageText()).doesNotContain("刘洋", form.getIdNumber());
        } finally {
            intruder.close();
        }
    }

    /** The page printed by the browser on A4 portrait: one page; its text. */
    private String printed() throws Exception {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        Pdf pdf = ((PrintsPage) browser.driver()).print(options);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        java.nio.file.Files.write(java.nio.file.Path.of("target/registration-form-sample-" + (++printedCount) + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).as("one A4 page").isEqualTo(1);
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).as("A4 portrait width").isBetween(594, 596);
            return new PDFTextStripper().getText(document);
        }
    }
}
