package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warmaid.support.ApiClient.Answer;

/**
 * What people do on a running application (over HTTP only, for applications in their own JVM): a
 * unit's first password change, the administrator's campaign settings, the reviews in Tasklist, and
 * finance's payout batches.
 */
public final class StaffActions {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final int port;

    public StaffActions(int port) {
        this.port = port;
    }

    /** The demo unit account (u001 …) with its initial password replaced by {@link Fixtures#PASSWORD} (once). */
    public ApiClient unit(String accountId) throws InterruptedException {
        Answer changed = new ApiClient(port, accountId, "0").post("/api/account/password",
                Map.of("oldPassword", "0", "newPassword", Fixtures.PASSWORD));
        if (changed.status() == 401) {
            // changed before; the engine delays the next login of the account by a second after a failed one
            Thread.sleep(1_100);
        } else {
            assertThat(changed.status()).as("password change of %s: %s", accountId, changed.body()).isIn(200, 204);
        }
        return new ApiClient(port, accountId, Fixtures.PASSWORD);
    }

    /** The administrator moves the open campaign's entry deadline on 活动设置; the process timers move with it. */
    public void moveEntryDeadline(Connection db, Instant deadline) throws SQLException {
        long campaignId;
        Map<String, String> form = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("select id, name, campaign_year, region, correction_window_hours, "
                + "spot_check_share, materials_from, materials_until, materials_address from campaign where status = 'OPEN'");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).as("an open campaign").isTrue();
            campaignId = row.getLong("id");
            form.put("name", row.getString("name"));
            form.put("year", row.getString("campaign_year"));
            form.put("region", row.getString("region"));
            form.put("correctionWindowHours", row.getString("correction_window_hours"));
            form.put("spotCheckPercent", row.getBigDecimal("spot_check_share").movePointRight(2).toPlainString());
            form.put("materialsFrom", String.valueOf(row.getDate("materials_from")).replace("null", ""));
            form.put("materialsUntil", String.valueOf(row.getDate("materials_until")).replace("null", ""));
            form.put("materialsAddress", String.valueOf(row.getString("materials_address")).replace("null", ""));
        }
        form.put("entryDeadline", FORM_TIME.format(LocalDateTime.ofInstant(deadline, CHINA)));
        HttpResponse<String> saved = administrator().post("/admin/campaigns/" + campaignId, form);
        assertThat(saved.statusCode()).as("campaign settings saved: %s", saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/admin/campaigns/" + campaignId);
    }

    /** The administrator reopens entry for one unit until the given time (with a recorded reason). */
    public void reopenEntry(Connection db, String unitCode, Instant until) throws SQLException {
        long campaignId;
        try (PreparedStatement query = db.prepareStatement("select id from campaign where status = 'OPEN'");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).isTrue();
            campaignId = row.getLong(1);
        }
        HttpResponse<String> reopened = administrator().post("/admin/campaigns/" + campaignId + "/reopen",
                Map.of("unitCode", unitCode, "until", FORM_TIME.format(LocalDateTime.ofInstant(until, CHINA)),
                        "reason", "单位系统故障，延长录入"));
        assertThat(reopened.statusCode()).isEqualTo(302);
    }

    /** The administrator unlocks a unit's account on 单位与账号 (after too many failed logins). */
    public void unlockAccount(String unitCode) {
        HttpResponse<String> unlocked = administrator().post("/admin/units/" + unitCode + "/unlock", Map.of());
        assertThat(unlocked.statusCode()).isEqualTo(302);
        assertThat(unlocked.headers().firstValue("Location").orElse("")).endsWith("/admin/units");
    }

    /**
     * The submitted registration (of demo unit U001, waiting at 党委审核) approved by party1 and the
     * provincial reviewer with the given amount, its documents passed: it then waits for its payout.
     */
    public void approveForPayout(String reference, int aidAmount) {
        EngineRest party = new EngineRest(port, "party1", "demo");
        assertThat(party.submitForm(party.task(reference).get("id").asText(), Map.of("partyDecision", "APPROVE")).status())
                .isEqualTo(204);
        EngineRest reviewer = new EngineRest(port, "reviewer", "demo");
        assertThat(reviewer.submitForm(reviewer.task(reference).get("id").asText(),
                Map.of("provincialDecision", "APPROVE", "aidAmount", aidAmount, "spotCheck", false)).status()).isEqualTo(204);
        assertThat(reviewer.submitForm(reviewer.task(reference).get("id").asText(),
                Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS")).status()).isEqualTo(204);
    }

    /** Finance builds a batch of every waiting payment of the campaign; its id. */
    public long buildBatch(long campaignId) {
        HttpResponse<String> built = finance().post("/finance/batches", Map.of("campaign", String.valueOf(campaignId)));
        String location = built.headers().firstValue("Location").orElse("");
        assertThat(location).as("batch built").matches(".*/finance/batches/\\d+$");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A finance officer's page session (form login). */
    public PortalSession finance() {
        return PortalSession.staff(port, "finance", "demo");
    }

    /** 已发放 pressed for one payment of the batch, in the given finance session. */
    public static HttpResponse<String> markPaid(PortalSession finance, long paymentId, long batchId) {
        return finance.post("/finance/payments/" + paymentId, Map.of("paid", "true", "batch", String.valueOf(batchId)));
    }

    /** What the batch page reported after a result import: paid, failed, settled before. */
    public record ImportReport(int paid, int failed, int unchanged, boolean fileSeenBefore) {
    }

    /**
     * Finance downloads the batch's bank file, the bank answers every row 成功, finance uploads that
     * result file on the batch page; what the page then reports.
     */
    public static ImportReport importAllPaid(PortalSession finance, long batchId, byte[] resultFile) {
        Multipart upload = new Multipart().file("file", "result.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", resultFile);
        HttpResponse<String> imported = finance.http().send(finance.http().request("/finance/batches/" + batchId + "/result")
                .header("Content-Type", upload.contentType()).header("X-CSRF-TOKEN", finance.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())).build());
        assertThat(imported.statusCode()).isEqualTo(302);
        String page = finance.get("/finance/batches/" + batchId).body();
        Matcher report = Pattern.compile("已发放 (\\d+) 笔，发放失败 (\\d+) 笔，此前已处理 (\\d+) 笔").matcher(page);
        assertThat(report.find()).as("import reported on the batch page").isTrue();
        return new ImportReport(Integer.parseInt(report.group(1)), Integer.parseInt(report.group(2)),
                Integer.parseInt(report.group(3)), page.contains("该结果文件已导入过"));
    }

    /** The bank's answer to a bank file: every row 成功. */
    public static byte[] bankResultAllPaid(PortalSession finance, long batchId) throws IOException {
        HttpResponse<byte[]> bankFile = finance.http().sendBytes(
                finance.http().request("/finance/batches/" + batchId + "/bank-file.xlsx").GET().build());
        assertThat(bankFile.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bankFile.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(0).createCell(6).setCellValue("处理结果");
            sheet.getRow(0).createCell(7).setCellValue("失败原因");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row != null && row.getCell(5) != null && row.getCell(5).toString().startsWith("WA")) {
                    row.createCell(6).setCellValue("成功");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private PortalSession administrator() {
        return PortalSession.staff(port, ApplicationProcess.ADMIN_USER, ApplicationProcess.ADMIN_PASSWORD);
    }
}
