package org.warmaid.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 for auditors: search by who, what, which record and when; export as Excel (itself audited). */
@Controller
class AuditPage {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;
    private static final DateTimeFormatter EXPORTED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEvents events;
    private final AuditLog audit;
    private final ZoneId zone;

    AuditPage(AuditEvents events, AuditLog audit, @Value("${warmaid.zone}") ZoneId zone) {
        this.events = events;
        this.audit = audit;
        this.zone = zone;
    }

    record Filter(String actor, String action, String target, LocalDate from, LocalDate until) {

        String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Filter filter = new Filter(actor, action, target, from, until);
        Page<AuditEvent> events = query(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.choices());
        model.addAttribute("events", events);
        model.addAttribute("entries", events.map(event -> AuditEntry.of(event, zone)).getContent());
        return "audit/events";
    }

    @GetMapping("/audit/export.xlsx")
    @Transactional
    public void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            HttpServletResponse response) throws IOException {
        Filter filter = new Filter(actor, action, target, from, until);
        audit.success(AuditAction.EXPORT_AUDIT_LOG, "audit", null, "导出审计日志：" + filter);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("审计日志.xlsx", StandardCharsets.UTF_8).build().toString());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("审计日志");
            String[] headers = {"编号", "时间", "操作人", "来源地址", "操作", "对象", "结果", "详情", "操作代码"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            int rowIndex = 1;
            for (int page = 0; rowIndex <= EXPORT_LIMIT; page++) {
                Page<AuditEvent> chunk = query(filter, page, 1000);
                for (AuditEvent event : chunk) {
                    AuditEntry entry = AuditEntry.of(event, zone);
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(entry.id());
                    row.createCell(1).setCellValue(entry.occurredAt().format(EXPORTED_TIME));
                    row.createCell(2).setCellValue(entry.actor());
                    row.createCell(3).setCellValue(entry.address());
                    row.createCell(4).setCellValue(entry.action());
                    row.createCell(5).setCellValue(entry.target());
                    row.createCell(6).setCellValue(entry.outcome());
                    row.createCell(7).setCellValue(entry.details());
                    row.createCell(8).setCellValue(event.action());
                }
                if (!chunk.hasNext()) {
                    break;
                }
            }
            workbook.write(response.getOutputStream());
        }
    }

    private Page<AuditEvent> query(Filter filter, int page, int size) {
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.until() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : filter.until().plusDays(1).atStartOfDay(zone).toInstant();
        return events.search(filter.blankToNull(filter.actor()), filter.blankToNull(filter.action()),
                filter.blankToNull(filter.target()), from, until, PageRequest.of(page, size));
    }

}
