package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.document.Documents;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Fixtures;
import org.warmaid.support.HttpsConnector;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleFiles;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.ScreenshotOnFailure;
import org.warmaid.support.TasklistPage;

/**
 * Tasklist's embedded form over https: the shared test application gets an https connector with a
 * certificate made for the test, and a party committee reviews there as over http — the form (a
 * relative address, loaded by Tasklist's form SDK) shows the registration and a document in place,
 * and completes, with no request over plain http, none blocked as mixed content, none failed.
 */
@MariaDbIntegrationTest
class TasklistOverHttpsBrowserIT {

    private static Browser browser;

    @RegisterExtension
    static ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext application;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Documents documents;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aReviewTaskIsOpenedReadAndCompletedInTasklistOverHttps() throws Exception {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        String party = fixtures.newPartyReviewer(unit.unitCode());
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("欧阳修远");
        long id = submitted(unit, form);
        String reference = registrations.findById(id).orElseThrow().getReference();

        try (HttpsConnector https = HttpsConnector.addTo(application.getWebServer())) {
            browser = Browser.openSecure(https.port());
            browser.loginAsStaff(party, Fixtures.PASSWORD);
            TasklistPage tasklist = new TasklistPage(browser);
            WebElement sheet = tasklist.openTask("党委审核 · " + unit.unitName(), reference, unit.unitName(), "欧**远");
            assertThat(browser.driver().getCurrentUrl()).startsWith("https://localhost:" + https.port() + "/camunda/app/tasklist/");
            assertThat(sheet.getText()).as("the registration inside the form, over https")
                    .contains("欧阳修远", reference, unit.unitName(), "职工信息（附件2）", "资格认定", "佐证材料", "审核记录");
            tasklist.clickInView(".warmaid-task-form .document-view[data-kind=image]");
            browser.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "var i = document.querySelector('.warmaid-task-form .document-image'); return i && i.complete ? i.naturalWidth : 0;"))
                    .intValue() > 0);
            assertThat(browser.find(".warmaid-task-form .document-image").getAttribute("src")).startsWith("https://");
            browser.screenshot("tasklist-https-form");
            tasklist.choose("partyDecision", "APPROVE");
            tasklist.complete();
            browser.waitUntil(d -> registrations.findById(id).orElseThrow().getStage() == Stage.PROVINCIAL_REVIEW);
            assertThat(browser.failedRequests()).as("failed, plain-http or mixed-content requests").isEmpty();
            assertThat(browser.consoleErrors()).as("console errors (mixed content among them)").isEmpty();
        }
    }

    private long submitted(UnitLogin unit, RegistrationForm form) throws IOException {
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        var created = api.post("/api/registrations", form);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        var account = accounts.principalOf(unit.accountId());
        documents.upload(account, id, "ID_AND_BANK_CARD", "身份证银行卡.png", SampleFiles.png());
        documents.upload(account, id, "DIAGNOSIS", "诊断.pdf", SampleFiles.pdf());
        assertThat(api.post("/api/registrations/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }
}
