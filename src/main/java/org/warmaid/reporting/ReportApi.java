package org.warmaid.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.warmaid.accounts.AccountPrincipal;

@RestController
@Tag(name = "报表 Reports")
class ReportApi {

    private final UnitSummaries summaries;

    ReportApi(UnitSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/reports/unit-summary.xlsx")
    @Operation(summary = "本单位困难职工情况汇总表（Excel）", description = "含完整身份证号和银行卡号，下载记入审计日志")
    void unitSummary(@AuthenticationPrincipal AccountPrincipal account, HttpServletResponse response) throws IOException {
        SummaryPage.send(summaries, account, response);
    }
}
