package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Markup typed into a registration's free-text fields is saved as text and shown as text: in a
 * real browser, on the unit's list and form, no script it carries runs; the reviewers' page
 * escapes it as well.
 */
@MariaDbIntegrationTest
class StoredMarkupBrowserIT {

    private static final String PAYLOAD = "<script>window.__injected=1</script><img src=x onerror=\"window.__injected=2\">";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void markupInFreeTextIsShownAsTextAndNeverRuns() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        RegistrationForm form = SampleRegistrations.valid();
        form.setHardshipReason("妻子患病，长期透析" + PAYLOAD);
        var created = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", form);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        browser = Browser.open(port);
        browser.loginAsUnit(unit.unitName(), unit.unionHead(), unit.password());
        for (String page : new String[] {"/portal/registrations", "/portal/registrations/" + id, "/portal/summary"}) {
            browser.go(page);
            Object injected = ((JavascriptExecutor) browser.driver()).executeScript("return window.__injected;");
            assertThat(injected).as(page).isNull();
            assertThat(browser.driver().getPageSource()).as(page).doesNotContain(PAYLOAD);
        }
        browser.go("/portal/registrations/" + id);
        assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;window.__injected=1&lt;/script&gt;");

        Http reviewer = new Http(port);
        org.warmaid.support.CamundaWebapps.login(reviewer, "tasklist", "reviewer", "demo");
        String review = reviewer.get("/review/registrations/" + id).body();
        assertThat(review).contains("&lt;script&gt;").doesNotContain(PAYLOAD);
    }
}
