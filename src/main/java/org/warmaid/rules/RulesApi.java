package org.warmaid.rules;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.process.rules.DecisionVersion;
import org.warmaid.process.rules.DraftRefused;
import org.warmaid.process.rules.RuleTable;
import org.warmaid.model.ApiErrors;

/**
 * What the editor page asks about the draft it holds, never deploying it (except the last call):
 * the case table run, an ad-hoc evaluation, the checks, the impact preview; and the deployment.
 */
@RestController
class RulesApi {

    private final CaseRuns cases;
    private final DecisionDrafts drafts;
    private final DraftChecks checks;
    private final ImpactPreview impact;
    private final RuleDeployments deployments;

    RulesApi(CaseRuns cases, DecisionDrafts drafts, DraftChecks checks, ImpactPreview impact, RuleDeployments deployments) {
        this.cases = cases;
        this.drafts = drafts;
        this.checks = checks;
        this.impact = impact;
        this.deployments = deployments;
    }

    record Draft(String xml) {
    }

    record AdHocCase(String xml, Map<String, String> inputs) {
    }

    record Deployment(String xml, String reason, Integer baseVersion) {
    }

    record Checked(List<String> problems) {
    }

    record Evaluated(List<Map<String, String>> results, List<String> matchedRules) {
    }

    record Deployed(int version, String message) {
    }

    @PostMapping("/rules/{key}/draft/cases")
    CaseRuns.Run cases(@PathVariable String key, @RequestBody Draft draft) {
        return cases.run(RulesPages.known(key), xml(draft.xml()));
    }

    @PostMapping("/rules/{key}/draft/check")
    Checked check(@PathVariable String key, @RequestBody Draft draft) {
        return new Checked(checks.problems(RulesPages.known(key), xml(draft.xml())));
    }

    @PostMapping("/rules/{key}/draft/evaluate")
    Evaluated evaluate(@PathVariable String key, @RequestBody AdHocCase adHoc) {
        byte[] xml = xml(adHoc.xml());
        RuleTable table = drafts.table(xml, RulesPages.known(key));
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, String> inputs = adHoc.inputs() == null ? Map.of() : adHoc.inputs();
        for (RuleTable.Column input : table.inputs()) {
            String cell = inputs.get(input.name());
            try {
                variables.put(input.name(), CaseTable.value(cell, input.typeRef()));
            } catch (NumberFormatException e) {
                throw new RuleRefused(input.name(), "“" + input.title() + "”应填写" + typeName(input.typeRef()) + "：" + cell);
            }
        }
        DecisionDrafts.Evaluation evaluation = drafts.evaluate(xml, key, variables);
        List<Map<String, String>> results = evaluation.results().stream().map(result -> {
            Map<String, String> shown = new LinkedHashMap<>();
            table.outputs().forEach(output -> shown.put(output.title(), result.get(output.name()) == null ? ""
                    : CaseTable.text(result.get(output.name()))));
            return shown;
        }).toList();
        List<String> matched = evaluation.matchedRules().stream()
                .map(id -> "第 " + table.position(id) + " 条规则").toList();
        return new Evaluated(results, matched);
    }

    @PostMapping("/rules/{key}/draft/impact")
    ImpactPreview.Impact impact(@PathVariable String key, @RequestBody Draft draft) {
        return impact.of(RulesPages.known(key), xml(draft.xml()));
    }

    @PostMapping("/rules/{key}/deployments")
    ResponseEntity<Deployed> deploy(@PathVariable String key, @RequestBody Deployment deployment) {
        DecisionVersion deployed = deployments.deploy(RulesPages.known(key), xml(deployment.xml()), deployment.reason(),
                deployment.baseVersion());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Deployed(deployed.version(),
                "已部署为第 " + deployed.version() + " 版，立即生效"));
    }

    @ExceptionHandler(RuleRefused.class)
    ResponseEntity<ApiErrors> refused(RuleRefused refused) {
        return ApiErrors.of(refused.field(), refused.getMessage())
                .answer(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(DraftRefused.class)
    ResponseEntity<ApiErrors> refused(DraftRefused refused) {
        return ApiErrors.of("xml", refused.getMessage()).answer(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiErrors> refused(ResponseStatusException refused) {
        return ApiErrors.of(refused.getReason()).answer(refused.getStatusCode());
    }

    private static byte[] xml(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new RuleRefused("xml", "没有收到规则表");
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String typeName(String typeRef) {
        return switch (typeRef == null ? "" : typeRef) {
            case "integer", "long" -> "整数";
            case "double" -> "数值";
            default -> "规定格式的值";
        };
    }
}
