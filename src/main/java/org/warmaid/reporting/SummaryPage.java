package org.warmaid.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.warmaid.accounts.AccountPrincipal;

/** 数据汇总 in the portal. */
@Controller
class SummaryPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitSummaries summaries;

    SummaryPage(UnitSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/portal/summary")
    String page(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        UnitSummaries.Counts counts = summaries.counts(account);
        model.addAttribute("count", counts.registered());
        model.addAttribute("onSummary", counts.onSummary());
        model.addAttribute("leftOff", counts.leftOff());
        return "portal/summary";
    }

    @GetMapping("/portal/summary.xlsx")
    void download(@AuthenticationPrincipal AccountPrincipal account, HttpServletResponse response) throws IOException {
        send(summaries, account, response);
    }

    static void send(UnitSummaries summaries, AccountPrincipal account, HttpServletResponse response) throws IOException {
        String fileName = summaries.fileName(account);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        summaries.write(account, response.getOutputStream());
    }
}
