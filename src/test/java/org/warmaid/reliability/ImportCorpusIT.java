package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * Bulk import under bad input, through the JSON API and the portal page: files that are not
 * workbooks (text, a PDF, random bytes named .xlsx), a cut-off zip, a zip bomb (refused by POI's
 * inflate-ratio guard), a workbook without sheets, the template without rows, wrong headers, more
 * rows than the template's limit, an old .xls, a file over 10 MB; one workbook where every column of a good row is
 * replaced in turn by every hostile value, plus formula cells ({@code =HYPERLINK(…)}, {@code =cmd|…}),
 * dates where numbers belong and numbers where digits-as-text belong; malformed multipart requests.
 * Asserted: no 5xx; a file refused as a whole is a 400 (page: the message) and creates nothing; a
 * workbook read is answered row by row (rows import independently, as the design says), each refused
 * row with its reasons in Chinese, and exactly the rows reported created exist; the unit's summary
 * written afterwards holds no formula from the input.
 */
@MariaDbIntegrationTest
class ImportCorpusIT {

    private static final ObjectMapper json = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private UnitLogin unit;
    private CorpusTally tally;

    @Test
    void malformedWorkbooksAndHostileCells() throws IOException {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        tally = new CorpusTally("bad input, Excel import");
        byte[] template = template();

        refusedAsAWhole("not a workbook".getBytes(StandardCharsets.UTF_8), "不是有效的 Excel", "text as .xlsx");
        refusedAsAWhole("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), "不是有效的 Excel", "PDF as .xlsx");
        refusedAsAWhole(new byte[] {0, 1, 2, (byte) 0xFF, 'P', 'K'}, "不是有效的 Excel", "random bytes");
        refusedAsAWhole(Arrays.copyOf(template, template.length / 2), "不是有效的 Excel", "cut-off zip");
        refusedAsAWhole(zipBomb(template), "不是有效的 Excel", "zip bomb");
        refusedAsAWhole(write(new XSSFWorkbook()), "不是本系统的导入模板", "workbook without sheets");
        refusedAsAWhole(template, "没有填写任何职工信息", "template without rows");
        refusedAsAWhole(wrongHeaders(), "不是本系统的导入模板", "wrong headers");
        refusedAsAWhole(tooManyRows(template), "一次最多导入", "2001 rows");
        refusedAsAWhole(new byte[0], "请选择要导入的 Excel 文件", "zero bytes");

        HttpResponse<String> xls = post(oldFormat(), "职工信息.xls");
        assertThat(xls.statusCode()).as("an .xls: read like the template or refused as a whole").isIn(200, 400);

        int before = count();
        List<List<Object>> rows = new ArrayList<>();
        for (int column = 0; column < 29; column++) {
            for (String value : HostileValues.text()) {
                List<Object> row = goodRow();
                row.set(column, value);
                rows.add(row);
            }
        }
        rows.add(goodRowWith(0, new Formula("HYPERLINK(\"http://evil.example/\",\"点我\")")));
        rows.add(goodRowWith(8, new Formula("HYPERLINK(\"http://evil.example/\",\"点我\")")));
        rows.add(goodRowWith(2, "=cmd|' /C calc'!A0"));
        rows.add(goodRowWith(6, "@SUM(1+1)*cmd|' /C calc'!A0"));
        rows.add(goodRowWith(4, new Formula("1+1")));
        rows.add(goodRowWith(5, new Date()));
        rows.add(goodRowWith(4, -3.0));
        rows.add(goodRowWith(5, 1e300));
        rows.add(goodRowWith(1, 2.20102198001011E17));
        rows.add(goodRowWith(7, 6.222021234567890E18));
        rows.add(goodRowWith(16, true));
        HttpResponse<String> answer = post(filled(template, rows), "职工信息.xlsx");
        assertThat(answer.statusCode()).as(PageAnswers.brief(answer.body())).isEqualTo(200);
        JsonNode result = json.readTree(answer.body());
        assertThat(result.get("rows")).as("one outcome per row").hasSize(rows.size());
        int created = 0;
        for (JsonNode row : result.get("rows")) {
            if (row.get("created").asBoolean()) {
                created++;
            } else {
                assertThat(row.get("problems")).as("row %s says why", row.get("row")).isNotEmpty();
                row.get("problems").forEach(problem -> assertThat(problem.asText()).as("row %s", row.get("row")).containsPattern("\\p{IsHan}"));
            }
        }
        assertThat(result.get("created").asInt()).isEqualTo(created);
        assertThat(count() - before).as("exactly the rows reported created exist").isEqualTo(created);
        assertNoFormulaFromTheInput();

        malformedRequests();
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print(rows.size() + " hostile rows in one workbook: " + created + " created as text, " + (rows.size() - created)
                + " refused with reasons; every malformed file refused as a whole with nothing created; no formula in the summary");
    }

    /** The portal page: a file that is not a workbook and an unreadable request, with the messages in Chinese. */
    @Test
    void thePortalImportPageExplainsInChinese() {
        fixtures.openCampaign();
        UnitLogin pageUnit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, pageUnit.unitCode(), pageUnit.unionHead(), pageUnit.password());
        String token = portal.csrfToken();
        CorpusTally pageTally = new CorpusTally("bad input, Excel import page");
        Http http = portal.http();
        Multipart garbage = new Multipart().field("_csrf", token).file("file", "a.xlsx", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8));
        Multipart none = new Multipart().field("_csrf", token);
        byte[] cut = Arrays.copyOf(garbage.bytes(), garbage.bytes().length - 20);
        for (Object[] request : List.of(new Object[] {garbage.contentType(), garbage.bytes(), new String[] {"不是有效的 Excel"}},
                new Object[] {none.contentType(), none.bytes(), new String[] {"请选择要导入的 Excel 文件"}},
                new Object[] {"multipart/form-data", garbage.bytes(), new String[] {"上传内容无法读取"}},
                new Object[] {garbage.contentType(), cut, new String[] {"上传内容无法读取", "请选择要导入的 Excel 文件", "不是有效的 Excel"}})) {
            HttpResponse<String> answer = http.send(http.request("/portal/import").header("Content-Type", (String) request[0])
                    .header("X-CSRF-TOKEN", token).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray((byte[]) request[1])).build());
            pageTally.record(answer.statusCode());
            PageAnswers.assertDecent(answer, "import page " + request[0]);
            assertThat(answer.body()).containsAnyOf((String[]) request[2]);
        }
        assertThat(jdbc.queryForObject("select count(*) from registration where unit_code = ?", Integer.class, pageUnit.unitCode())).isZero();
        pageTally.print("nothing created");
    }

    private void malformedRequests() {
        Multipart tooLarge = new Multipart().file("file", "big.xlsx", XLSX, new byte[10 * 1024 * 1024 + 1]);
        HttpResponse<String> refused = send(tooLarge.contentType(), tooLarge.bytes());
        assertThat(refused.statusCode()).as("a file over 10 MB").isEqualTo(413);
        assertThat(refused.body()).contains("过大");

        Multipart valid = new Multipart().file("file", "a.xlsx", XLSX, "x".getBytes(StandardCharsets.UTF_8));
        byte[] body = valid.bytes();
        for (Object[] request : List.of(new Object[] {"multipart/form-data", body}, new Object[] {"multipart/form-data; boundary=zzz", body},
                new Object[] {valid.contentType(), Arrays.copyOf(body, body.length / 2)}, new Object[] {valid.contentType(), new byte[0]},
                new Object[] {new Multipart().contentType(), new Multipart().field("other", "x").bytes()},
                new Object[] {new Multipart().contentType(), new Multipart().file("upload", "a.xlsx", XLSX, body).bytes()},
                new Object[] {"application/json", "{}".getBytes(StandardCharsets.UTF_8)},
                new Object[] {XLSX, body}, new Object[] {"text/plain", body})) {
            HttpResponse<String> answer = send((String) request[0], (byte[]) request[1]);
            assertThat(answer.statusCode()).as("%s → %s", request[0], answer.body()).isIn(400, 413, 415);
            assertThat(answer.body()).containsPattern("\\p{IsHan}");
        }
    }

    private void refusedAsAWhole(byte[] file, String message, String what) {
        int before = count();
        HttpResponse<String> answer = post(file, what + ".xlsx");
        assertThat(answer.statusCode()).as("%s → %s", what, answer.body()).isEqualTo(400);
        assertThat(answer.body()).as(what).contains(message);
        assertThat(count()).as("%s creates nothing", what).isEqualTo(before);
    }

    private void assertNoFormulaFromTheInput() throws IOException {
        Http http = new Http(port);
        HttpResponse<byte[]> summary = http.sendBytes(http.request("/api/reports/unit-summary.xlsx")
                .header("Authorization", Http.basic(unit.accountId(), unit.password())).GET().build());
        tally.record(summary.statusCode());
        assertThat(summary.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).as("formula in the summary").doesNotContainIgnoringCase("HYPERLINK").doesNotContain("cmd");
                    }
                }
            }
        }
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from registration where unit_code = ?", Integer.class, unit.unitCode());
    }

    record Formula(String text) {
    }

    private static List<Object> goodRow() {
        return new ArrayList<>(List.of("刘洋", SampleRegistrations.freshIdNumber(), "省交通运输厅 科员", "13804310000", "2", "1000",
                "长春市朝阳区西民主大街1号", SampleRegistrations.randomBankCard(), "妻子患尿毒症，长期透析", "大重病、低收入", "2",
                "", "0", "100", "600", "8", "否", "否", "否", "1", "60", "否", "否", "否", "是", "王丽", "44", "配偶", "无"));
    }

    private static List<Object> goodRowWith(int column, Object value) {
        List<Object> row = goodRow();
        row.set(column, value);
        return row;
    }

    private byte[] template() {
        Http http = new Http(port);
        HttpResponse<byte[]> response = http.sendBytes(http.request("/api/registrations/import-template.xlsx")
                .header("Authorization", Http.basic(unit.accountId(), unit.password())).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] filled(byte[] template, List<List<Object>> rows) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        Sheet sheet = workbook.getSheet("职工信息");
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            for (int column = 0; column < rows.get(i).size(); column++) {
                Object value = rows.get(i).get(column);
                if (value != null) {
                    set(row.createCell(column), value);
                }
            }
        }
        return write(workbook);
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Formula formula) {
            cell.setCellFormula(formula.text());
        } else if (value instanceof Date date) {
            cell.setCellValue(date);
        } else if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
        }
    }

    private static byte[] wrongHeaders() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet("职工信息").createRow(0);
        header.createCell(0).setCellValue("员工编号");
        header.createCell(1).setCellValue("<script>alert(1)</script>");
        return write(workbook);
    }

    private static byte[] tooManyRows(byte[] template) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        workbook.getSheet("职工信息").createRow(2001).createCell(0).setCellValue("张三");
        return write(workbook);
    }

    private static byte[] oldFormat() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("职工信息").createRow(0).createCell(0).setCellValue("姓名*");
        return write(workbook);
    }

    /** The template with one extra entry of 50 MB of zeros, compressed to some 50 KB: POI's inflate-ratio guard must stop it. */
    private static byte[] zipBomb(byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] write(Workbook workbook) throws IOException {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> post(byte[] file, String name) {
        Multipart body = new Multipart().file("file", name, XLSX, file);
        return send(body.contentType(), body.bytes());
    }

    private HttpResponse<String> send(String contentType, byte[] body) {
        Http http = new Http(port);
        HttpResponse<String> answer = http.send(http.request("/api/registrations/import")
                .header("Authorization", Http.basic(unit.accountId(), unit.password()))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        tally.record(answer.statusCode());
        assertThat(answer.statusCode()).as(PageAnswers.brief(answer.body())).isLessThan(500);
        return answer;
    }
}
