package org.warmaid.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Browser;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/** The provincial, finance and administration pages, each for the roles that may and may not use it. */
@MariaDbIntegrationTest
class ProvincialPagesIT {

    private static final String[] PAGES = {"/province", "/province/overview.json", "/province/units/U001",
            "/province/reports/all-units.xlsx", "/finance/batches", "/admin/campaigns", "/admin/campaigns/new", "/admin/units"};

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    CampaignDirectory campaigns;

    @AfterEach
    void resetClock() {
        fixtures.clock().reset();
    }

    @Test
    void eachRoleReachesItsPagesAndNoOthers() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        Map<String, Map<String, Integer>> expected = Map.of(
                "unit", Map.of("/province", 403, "/finance/batches", 403, "/admin/campaigns", 403, "/admin/units", 403),
                "reviewer", Map.of("/province", 200, "/province/overview.json", 200, "/province/units/U001", 200,
                        "/province/reports/all-units.xlsx", 200, "/finance/batches", 403, "/admin/campaigns", 403),
                "finance", Map.of("/finance/batches", 200, "/province", 403, "/admin/units", 403),
                "demo", Map.of("/province", 200, "/finance/batches", 200, "/admin/campaigns", 200,
                        "/admin/campaigns/new", 200, "/admin/units", 200));
        expected.forEach((who, pages) -> {
            PortalSession session = who.equals("unit")
                    ? PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password())
                    : PortalSession.staff(port, who, "demo");
            pages.forEach((page, status) -> assertThat(session.get(page).statusCode()).as(who + " " + page).isEqualTo(status));
        });
        PortalSession anonymous = PortalSession.anonymous(port);
        for (String page : PAGES) {
            assertThat(anonymous.get(page).statusCode()).as("anonymous " + page).isEqualTo(302);
        }
    }

    @Test
    void theOverviewShowsEveryUnitAndTheChartsData() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", SampleRegistrations.valid());
        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        String page = reviewer.get("/province").body();
        assertThat(page).contains("工作概况", unit.unitName(), "省交通运输厅", "尚未上报任何职工的单位");
        String charts = reviewer.get("/province/overview.json").body();
        assertThat(charts).contains("byStage", "待上报", "byType", "大重病", "byCategory", "amountsByUnit");
        String drilldown = reviewer.get("/province/units/" + unit.unitCode()).body();
        assertThat(drilldown).contains("刘洋", "220102********").doesNotContain(SampleRegistrations.class.getName());
    }

    @Test
    void anAdministratorRunsACampaignAndReopensEntryForOneUnit() {
        Campaign open = fixtures.openCampaign();
        PortalSession admin = PortalSession.staff(port, "demo", "demo");
        var created = admin.post("/admin/campaigns/new", Map.of("name", "测试活动", "year", "2031",
                "entryDeadline", "2030-12-28T16:00", "correctionWindowHours", "48", "region", "长春市",
                "spotCheckPercent", "10", "materialsAddress", "省直机关工会工委612室"));
        assertThat(created.statusCode()).isEqualTo(302);
        Campaign draft = campaigns.findAllByOrderByYearDesc().stream().filter(c -> c.getName().equals("测试活动"))
                .findFirst().orElseThrow();
        var refused = admin.post("/admin/campaigns/" + draft.getId() + "/open", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(campaigns.findOpen().orElseThrow().getId()).as("one campaign open at a time").isEqualTo(open.getId());

        var invalid = admin.post("/admin/campaigns/new", Map.of("name", "", "year", "abc"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("请填写活动名称");

        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        fixtures.clock().advance(Duration.ofDays(30));
        assertThat(api.post("/api/registrations", SampleRegistrations.valid()).status()).isEqualTo(403);

        LocalDateTime until = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(32).withNano(0).withSecond(0);
        var reopened = admin.post("/admin/campaigns/" + open.getId() + "/reopen",
                Map.of("unitCode", unit.unitCode(), "until", until.toString(), "reason", "单位负责人住院，延期补报"));
        assertThat(reopened.statusCode()).isEqualTo(302);
        assertThat(api.post("/api/registrations", SampleRegistrations.valid()).status()).as("entry open again for this unit").isEqualTo(201);
        UnitLogin other = fixtures.newUnit();
        assertThat(new ApiClient(port, other.accountId(), other.password()).post("/api/registrations", SampleRegistrations.valid())
                .status()).as("still closed for the others").isEqualTo(403);
        assertThat(admin.get("/admin/campaigns/" + open.getId()).body()).contains("单位负责人住院，延期补报");
    }

    @Test
    void theOverviewChartsRenderInTheBrowser() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        journeys.awaitingPayout(unit, 2);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login?staff=1");
            browser.type("#username", "reviewer").type("#staff-password", "demo");
            browser.clickAndLoad("#staff-login button[type=submit]");
            assertThat(browser.currentPath()).startsWith("/province");
            browser.find("#charts[data-ready='true']");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#chart-stage canvas"))).isNotEmpty();
            assertThat(browser.pageText()).contains(unit.unitName());
            browser.screenshot("province-01-overview-charts");
        }
    }
}
