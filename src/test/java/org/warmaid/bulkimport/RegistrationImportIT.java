package org.warmaid.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.SampleRegistrations;

/** Bulk import through the JSON API with the downloaded template: good, bad and mixed files. */
@MariaDbIntegrationTest
class RegistrationImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    UnitLogin unit;

    @BeforeEach
    void unit() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
    }

    @Test
    void importsTheGoodRowsAndExplainsEveryRefusedOne() throws IOException {
        String existing = SampleRegistrations.freshIdNumber();
        var alreadyThere = SampleRegistrations.valid();
        alreadyThere.setIdNumber(existing);
        new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", alreadyThere);

        String first = SampleRegistrations.freshIdNumber();
        byte[] file = filled(template(), List.of(
                good("张三", first),
                row("李四", "220102198001010013", r -> { }),
                good("王五", SampleRegistrations.freshIdNumber()),
                good("赵六", first),
                good("钱七", existing),
                row("孙八", SampleRegistrations.freshIdNumber(), r -> r.set(17, "也许")),
                row("周九", SampleRegistrations.freshIdNumber(), r -> r.set(4, "3"))));

        JsonNode result = upload(file);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("refused").asInt()).isEqualTo(5);
        JsonNode rows = result.get("rows");
        assertThat(rows.get(0).get("created").asBoolean()).isTrue();
        assertThat(rows.get(0).get("reference").asText()).contains(unit.unitCode());
        assertThat(rows.get(1).get("problems").toString()).contains("身份证号码：", "校验位");
        assertThat(rows.get(2).get("created").asBoolean()).isTrue();
        assertThat(rows.get(3).get("problems").toString()).contains("与本文件第2行重复");
        assertThat(rows.get(4).get("problems").toString()).contains("本单位已登记");
        assertThat(rows.get(5).get("problems").toString()).contains("低保户", "请填“是”或“否”");
        assertThat(rows.get(6).get("problems").toString()).contains("家庭人口数", "应等于职工本人加所列其他家庭成员");
        assertThat(rows.findValuesAsText("row")).containsExactly("2", "3", "4", "5", "6", "7", "8");

        assertThat(registrations.findCurrent(fixtures.openCampaign().getId(), unit.unitCode()))
                .as("the two good rows and the one entered before, nothing of the bad rows")
                .extracting(r -> r.getName()).containsExactlyInAnyOrder("刘洋", "张三", "王五");

        JsonNode again = upload(file);
        assertThat(again.get("created").asInt()).as("importing the same file again creates nothing").isZero();
    }

    @Test
    void refusesAWorkbookThatIsNotTheTemplateOrNotAWorkbook() throws IOException {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("职工信息").createRow(0).createCell(0).setCellValue("员工编号");
            workbook.write(other);
        }
        HttpResponse<String> wrongTemplate = post(other.toByteArray(), "list.xlsx");
        assertThat(wrongTemplate.statusCode()).isEqualTo(400);
        assertThat(wrongTemplate.body()).contains("不是本系统的导入模板");

        HttpResponse<String> garbage = post("PK\u0003\u0004 this is not really a zip".getBytes(), "broken.xlsx");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("不是有效的 Excel");

        HttpResponse<String> empty = post(filled(template(), List.of()), "empty.xlsx");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("没有填写任何职工信息");
    }

    private byte[] template() {
        HttpResponse<byte[]> response = new Http(port).sendBytes(new Http(port).request("/api/registrations/import-template.xlsx")
                .header("Authorization", Http.basic(unit.accountId(), unit.password())).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    interface Change {
        void apply(List<String> row);
    }

    private static List<String> good(String name, String idNumber) {
        return row(name, idNumber, r -> { });
    }

    private static List<String> row(String name, String idNumber, Change change) {
        List<String> cells = new ArrayList<>(List.of(name, idNumber, "省交通运输厅 科员", "13804310000", "2", "1000",
                "长春市朝阳区西民主大街1号", SampleRegistrations.randomBankCard(), "妻子患尿毒症，长期透析", "大重病、低收入", "2",
                "", "0", "100", "600", "8", "否", "否", "否", "1", "60", "否", "否", "否", "是", "王丽", "44", "配偶", "无"));
        change.apply(cells);
        return cells;
    }

    private static byte[] filled(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("职工信息");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int column = 0; column < rows.get(i).size(); column++) {
                    row.createCell(column).setCellValue(rows.get(i).get(column));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private JsonNode upload(byte[] file) throws IOException {
        HttpResponse<String> response = post(file, "职工信息.xlsx");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> post(byte[] file, String name) {
        Multipart body = new Multipart().file("file", name,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        Http http = new Http(port);
        return http.send(http.request("/api/registrations/import")
                .header("Authorization", Http.basic(unit.accountId(), unit.password()))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }
}
