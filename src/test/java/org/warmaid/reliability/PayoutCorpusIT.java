package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.campaign.Campaign;
import org.warmaid.payout.Batches;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PayoutBatch;
import org.warmaid.registration.Registration;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalSession;

/**
 * The finance pages (资助金发放) under bad input, as the finance officer: building a batch for
 * hostile campaign ids; the batch page, the bank file and the result upload for hostile batch ids;
 * marking payments with hostile payment ids, {@code paid} values, reasons (10 000 characters, control
 * characters, markup) and batch ids, parameters missing, the same confirmation repeated; result files
 * that are not workbooks, have the wrong headers, unknown or overflowing payment references, negative
 * and huge amounts, a row repeated, and the real result imported twice; malformed multipart requests.
 * Asserted: no 5xx, every refusal explained in Chinese (a flash message back on the page or the Chinese
 * error page), and nothing paid twice: at most one paid payment and one 已发放 history step per registration.
 */
@MariaDbIntegrationTest
@ResourceLock(Fixtures.WAITING_PAYMENTS)
class PayoutCorpusIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journeys journeys;

    @Autowired
    Batches batches;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Autowired
    JdbcTemplate jdbc;

    private PortalSession financePage;
    private String token;
    private CorpusTally tally;

    @Test
    void financeCallsWithBadInputNeverPayTwice() throws IOException {
        Campaign campaign = fixtures.openCampaign();
        AccountPrincipal finance = accounts.principalOf("finance");
        if (batches.waiting(campaign.getId()) > 0) {
            PayoutBatch leftovers = batches.build(finance, campaign.getId());
            batches.payments(leftovers.getId()).forEach(payment -> batches.mark(finance, payment.getId(), true, ""));
        }
        List<Registration> registrations = journeys.awaitingPayout(fixtures.newUnit(), 4);
        PayoutBatch batch = batches.build(finance, campaign.getId());
        List<Long> payments = batches.payments(batch.getId()).stream().map(Payment::getId).toList();
        financePage = PortalSession.staff(port, "finance", "demo");
        token = financePage.csrfToken();
        tally = new CorpusTally("bad input, payout (finance pages)");
        String batchId = String.valueOf(batch.getId());

        for (String bad : HostileValues.ids()) {
            page("GET", "/finance/batches/" + bad, null);
            page("GET", "/finance/batches/" + bad + "/bank-file.xlsx", null);
            page("GET", "/finance/batches?campaign=" + bad, null);
            form("/finance/batches", Map.of("campaign", bad));
            form("/finance/payments/" + bad, Map.of("paid", "true", "batch", batchId));
            form("/finance/payments/" + payments.get(0), Map.of("paid", "true", "batch", bad));
            upload("/finance/batches/" + bad + "/result", result(batchFile(batch), "成功", "成功", "成功", "成功"));
        }
        form("/finance/payments/" + payments.get(1), Map.of("paid", "false", "reason", "账户冻结" + "x".repeat(10_000), "batch", batchId));
        for (String value : HostileValues.text()) {
            form("/finance/payments/" + payments.get(0), withValue(Map.of("paid", "true", "batch", batchId), "paid", value));
            form("/finance/payments/" + payments.get(1), withValue(Map.of("paid", "false", "batch", batchId), "reason", value));
            form("/finance/payments/" + payments.get(1), withValue(Map.of("paid", "false", "batch", batchId), "batch", value));
            form("/finance/batches", withValue(Map.of(), "campaign", value));
        }
        form("/finance/payments/" + payments.get(2), Map.of("paid", "true", "batch", batchId));
        form("/finance/payments/" + payments.get(2), Map.of("paid", "true", "batch", batchId));
        form("/finance/payments/" + payments.get(2), Map.of());

        byte[] bankFile = batchFile(batch);
        String results = "/finance/batches/" + batchId + "/result";
        upload(results, "not a workbook".getBytes(StandardCharsets.UTF_8));
        upload(results, new byte[0]);
        upload(results, workbook(List.of(List.of("序号", "户名", "<script>alert(1)</script>"))));
        upload(results, workbook(List.of(List.of("摘要", "金额（元）", "处理结果"), List.of("WA99999999999999999999", "1000", "成功"),
                List.of("WA" + Long.MAX_VALUE, "1000", "成功"), List.of("WA-1", "-1000", "成功"), List.of("WA1e400", "1e400", "成功"))));
        upload(results, workbook(List.of(List.of("摘要", "金额（元）", "处理结果"),
                List.of("WA" + payments.get(2), "-1000", "成功"), List.of("WA" + payments.get(2), "99999999999999999999", "成功"),
                List.of("WA" + payments.get(2), "1e400", "成功"), List.of("WA" + payments.get(2), "x".repeat(10_000), "成功"))));
        // the fourth payment is still open: the bank's reason for it is 605 characters long
        byte[] real = result(bankFile, "成功", "失败", "成功", "失败");
        upload(results, real);
        upload(results, real);
        upload(results, duplicateRows(real));
        Multipart valid = new Multipart().field("_csrf", token).file("file", "result.xlsx", XLSX, real);
        for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=zzz", "text/plain", "application/json")) {
            raw(results, contentType, valid.bytes());
        }

        for (Registration registration : registrations) {
            assertThat(jdbc.queryForObject("select count(*) from payment where registration_id = ? and status = 'PAID'",
                    Integer.class, registration.getId())).as("registration %s paid at most once", registration.getId()).isLessThanOrEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from review_step where registration_id = ? and decision = 'PAID'",
                    Integer.class, registration.getId())).as("one 已发放 step at most").isLessThanOrEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from payment where id = ? and status = 'PAID'", Integer.class, payments.get(2)))
                .as("the payment confirmed three times is paid, once").isEqualTo(1);
        assertThat(jdbc.queryForList("select status from payment where id in (?, ?) order by id", String.class,
                payments.get(1), payments.get(3))).as("failed with the long reasons").containsOnly("FAILED");
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print("no payment paid twice, every refusal explained in Chinese");
    }

    private static Map<String, String> withValue(Map<String, String> base, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return fields;
    }

    private void form(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        answered(financePage.postWithoutToken(path, withToken), "POST " + path + " " + HostileValues.brief(fields));
    }

    private void page(String method, String path, byte[] unused) {
        answered(financePage.get(path), method + " " + path);
    }

    private void upload(String path, byte[] file) {
        Multipart body = new Multipart().field("_csrf", token).file("file", "result.xlsx", XLSX, file);
        raw(path, body.contentType(), body.bytes());
    }

    private void raw(String path, String contentType, byte[] body) {
        Http http = financePage.http();
        answered(http.send(http.request(path).header("Content-Type", contentType).header("X-CSRF-TOKEN", token)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()), "upload " + path + " " + contentType);
    }

    /** No 5xx; a redirect leads to a page that shows what happened in Chinese. */
    private void answered(HttpResponse<String> answer, String what) {
        tally.record(answer.statusCode());
        PageAnswers.assertDecent(answer, what);
        if (answer.statusCode() == 302) {
            String location = answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
            HttpResponse<String> page = financePage.get(location.isEmpty() ? "/" : location);
            PageAnswers.assertDecent(page, what + " → " + location);
        }
    }

    private byte[] batchFile(PayoutBatch batch) {
        Http http = financePage.http();
        HttpResponse<byte[]> file = http.sendBytes(http.request("/finance/batches/" + batch.getId() + "/bank-file.xlsx").GET().build());
        tally.record(file.statusCode());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private static byte[] result(byte[] bankFile, String... outcomes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bankFile))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(0).createCell(6).setCellValue("处理结果");
            sheet.getRow(0).createCell(7).setCellValue("失败原因");
            for (int i = 0; i < outcomes.length; i++) {
                Row row = sheet.getRow(i + 1);
                row.createCell(6).setCellValue(outcomes[i]);
                row.createCell(7).setCellValue(outcomes[i].equals("成功") ? "" : "账户已销户" + "！".repeat(600));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The result with its first payment row repeated three times more. */
    private static byte[] duplicateRows(byte[] result) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(1);
            int last = sheet.getLastRowNum();
            List<Row> copies = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                copies.add(sheet.createRow(last + 10 + i));
            }
            for (Row copy : copies) {
                first.forEach(cell -> copy.createCell(cell.getColumnIndex()).setCellValue(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("结果");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int column = 0; column < rows.get(i).size(); column++) {
                    row.createCell(column).setCellValue(rows.get(i).get(column));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
