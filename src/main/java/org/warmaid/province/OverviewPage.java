package org.warmaid.province;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.Campaign;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.reporting.ProvincialWorkbooks;

/** 工作概况: every unit of a campaign at a glance, with charts, drill-down and the all-units workbook. */
@Controller
class OverviewPage {

    private final OverviewStatistics statistics;
    private final CampaignChoice campaigns;
    private final RegistrationDirectory registrations;
    private final UnitDirectory units;
    private final ProvincialWorkbooks workbooks;

    OverviewPage(OverviewStatistics statistics, CampaignChoice campaigns, RegistrationDirectory registrations, UnitDirectory units,
            ProvincialWorkbooks workbooks) {
        this.statistics = statistics;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.units = units;
        this.workbooks = workbooks;
    }

    @GetMapping("/province")
    String overview(@RequestParam(required = false) Long campaign, Model model) {
        Campaign shown = campaigns.of(campaign);
        model.addAttribute("shown", shown);
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("overview", statistics.of(shown.getId()));
        model.addAttribute("stages", new Stage[] {Stage.ENTERED, Stage.RETURNED, Stage.PARTY_REVIEW, Stage.PROVINCIAL_REVIEW,
                Stage.HOME_VISIT, Stage.DOCUMENT_CHECK, Stage.AWAITING_PAYOUT, Stage.PAID, Stage.REJECTED,
                Stage.DOCUMENTS_INCOMPLETE, Stage.ABANDONED});
        return "province/overview";
    }

    @GetMapping("/province/overview.json")
    @ResponseBody
    Map<String, Object> charts(@RequestParam(required = false) Long campaign) {
        OverviewStatistics.Overview overview = statistics.of(campaigns.of(campaign).getId());
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        overview.units().stream().filter(line -> line.approvedAmount.signum() > 0)
                .sorted(java.util.Comparator.comparing((OverviewStatistics.UnitLine line) -> line.approvedAmount).reversed())
                .limit(30).forEach(line -> amounts.put(line.unit.getName(), line.approvedAmount));
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("byStage", overview.byStage());
        charts.put("byType", overview.byType());
        charts.put("byCategory", overview.byCategory());
        charts.put("amountsByUnit", amounts);
        return charts;
    }

    @GetMapping("/province/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) Long campaign, Model model) {
        Campaign shown = campaigns.of(campaign);
        model.addAttribute("shown", shown);
        model.addAttribute("unit", units.findById(code).orElseThrow(() ->
                new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        model.addAttribute("registrations", registrations.findCurrent(shown.getId(), code));
        return "province/unit";
    }

    @GetMapping("/province/reports/all-units.xlsx")
    void allUnits(@RequestParam(required = false) Long campaign, HttpServletResponse response) throws IOException {
        Campaign shown = campaigns.of(campaign);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(workbooks.fileName(shown), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        workbooks.write(shown, response.getOutputStream());
    }
}
