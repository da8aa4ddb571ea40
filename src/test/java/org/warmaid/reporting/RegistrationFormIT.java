package org.warmaid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/** The printable 附件2: one A4 page with the worker's data, for its unit and reviewers only. */
@MariaDbIntegrationTest
class RegistrationFormIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Test
    void printsTheFilledInFormOnOnePageForTheUnitOnly() throws IOException {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        RegistrationForm form = SampleRegistrations.valid();
        var created = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", form).body();
        long id = created.get("id").asLong();

        PortalSession session = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        HttpResponse<byte[]> download = session.http().sendBytes(
                session.http().request("/portal/registrations/" + id + "/form.xlsx").GET().build());
        assertThat(download.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("省直机关困难职工登记表");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("刘洋");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo(form.getIdNumber());
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("☑低收入", "☑大重病", "□灾害", "王丽", "配偶", "每项都必须填写");
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        }
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("registration", created.get("reference").asText()))
                .extracting(AuditEvent::action).contains("EXPORT_REGISTRATION_FORM");

        UnitLogin other = fixtures.newUnit();
        PortalSession otherSession = PortalSession.unit(port, other.unitCode(), other.unionHead(), other.password());
        assertThat(otherSession.get("/portal/registrations/" + id + "/form.xlsx").statusCode())
                .as("another unit's registration is answered as an unknown one").isEqualTo(404);
        PortalSession reviewer = PortalSession.staff(port, "reviewer", "demo");
        assertThat(reviewer.get("/review/registrations/" + id + "/form.xlsx").statusCode()).isEqualTo(200);
    }
}
