package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.campaign.Campaign;
import org.warmaid.support.ApiClient;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * The unit's 汇总表 lists what it declared, with the aid approved or suggested and a 合计 of people and
 * amount; 数据汇总 says how many registrations are not on it and why.
 */
@MariaDbIntegrationTest
class UnitSummaryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void theSummaryListsTheDeclaredRegistrationsWithTheirAidAndSaysWhatIsLeftOff() throws Exception {
        Campaign campaign = fixtures.openCampaign();
        Fixtures.UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        EngineRest party = new EngineRest(port, fixtures.newPartyReviewer(unit.unitCode()), Fixtures.PASSWORD);
        EngineRest reviewer = new EngineRest(port, "reviewer", "demo");

        String declared = declare(api, "赵一");
        String approved = declare(api, "钱二");
        party.submitForm(party.task(approved).get("id").asText(), Map.of("partyDecision", "APPROVE"));
        reviewer.submitForm(reviewer.task(approved).get("id").asText(),
                Map.of("provincialDecision", "APPROVE", "aidAmount", 1200, "spotCheck", false));
        String rejected = declare(api, "孙三");
        party.submitForm(party.task(rejected).get("id").asText(), Map.of("partyDecision", "REJECT", "partyComment", "不符合条件"));
        var draft = SampleRegistrations.valid();
        draft.setName("李四");
        assertThat(api.post("/api/registrations", draft).status()).isEqualTo(201);

        HttpResponse<byte[]> download = new Http(port).sendBytes(new Http(port).request("/api/reports/unit-summary.xlsx")
                .header("Authorization", Http.basic(unit.accountId(), unit.password())).GET().build());
        assertThat(download.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("《" + campaign.getFormYear() + "年困难职工情况汇总表》");
            List<String> names = new ArrayList<>();
            for (int i = 3; i < 5; i++) {
                names.add(sheet.getRow(i).getCell(2).getStringCellValue());
            }
            assertThat(names).as("declared only: no draft, no rejected").containsExactly("赵一", "钱二");
            Row first = sheet.getRow(3);
            Row second = sheet.getRow(4);
            assertThat(first.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getNumericCellValue()).as("suggested").isEqualTo(1000.0);
            assertThat(first.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getCellStyle().getDataFormatString()).contains("建议");
            assertThat(second.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getNumericCellValue()).as("approved").isEqualTo(1200.0);
            assertThat(second.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getCellStyle().getDataFormatString()).doesNotContain("建议");
            Row totals = sheet.getRow(5);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("2 人");
            assertThat(totals.getCell(UnitSummaryWorkbook.AMOUNT_COLUMN).getNumericCellValue()).isEqualTo(2200.0);
        }

        String page = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password()).get("/portal/summary").body();
        assertThat(page).contains("本单位已录入 <strong>4</strong> 人，列入汇总表（已上报）<strong>2</strong> 人",
                "尚未上报（截止时已保存且完整的视为上报，将列入）：1 人", "审核未通过，不予资助：1 人",
                campaign.getFormYear() + "年困难职工情况汇总表", "一式二份");
    }

    private String declare(ApiClient api, String name) {
        var form = SampleRegistrations.valid();
        form.setName(name);
        ApiClient.Answer created = api.post("/api/registrations", form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(api.post("/api/registrations/" + created.body().get("id").asLong() + "/submit", "").status()).isEqualTo(200);
        return created.body().get("reference").asText();
    }
}
