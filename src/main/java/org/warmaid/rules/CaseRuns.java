package org.warmaid.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.process.rules.DraftRefused;
import org.warmaid.process.rules.RuleTable;

/** Runs a decision's shipped case table against a draft: each row's result beside the expected one. */
@Service
class CaseRuns {

    private final DecisionDrafts drafts;
    private final DraftChecks checks;
    private final ResourceLoader resources;

    CaseRuns(DecisionDrafts drafts, DraftChecks checks, ResourceLoader resources) {
        this.drafts = drafts;
        this.checks = checks;
        this.resources = resources;
    }

    /** One output of one case: what the row expects and what the draft gave. */
    record Outcome(String output, String expected, String actual, boolean agrees) {
    }

    record CaseResult(int line, String comment, Map<String, String> inputs, List<Outcome> outcomes, boolean passed,
            String error) {
    }

    /** The run: every row, the counts, and the draft's rules that no row reaches (each needs a case). */
    record Run(String file, List<CaseResult> rows, long passed, long failed, List<String> rulesWithoutCase,
            List<String> problems) {
    }

    Run run(String key, byte[] xml) {
        checks.refuseIfBroken(key, xml);
        RuleTable table = drafts.table(xml, key);
        String file = "src/test/resources/dmn-cases/" + key + ".csv";
        Optional<CaseTable> cases = read(key);
        if (cases.isEmpty()) {
            return new Run(file, List.of(), 0, 0, List.of(), List.of("没有用例表 " + file + "：每个决策都应有用例表"));
        }
        List<String> problems = new ArrayList<>();
        cases.get().unknownColumns(table).forEach(column -> problems.add("用例表的列“" + column
                + "”既不是草稿的输入，也不是它的输出"));
        boolean collects = "COLLECT".equals(table.hitPolicy()) && table.aggregation() == null;
        Set<String> matched = new LinkedHashSet<>();
        List<CaseResult> rows = new ArrayList<>();
        for (CaseTable.Row row : cases.get().rows()) {
            rows.add(run(key, xml, table, row, collects, matched));
        }
        List<String> withoutCase = table.rules().stream().filter(rule -> !matched.contains(rule.id()))
                .map(rule -> "第 " + table.position(rule.id()) + " 条规则" + (rule.description() == null ? ""
                        : "（" + rule.description() + "）"))
                .toList();
        long passed = rows.stream().filter(CaseResult::passed).count();
        return new Run(file, rows, passed, rows.size() - passed, withoutCase, problems);
    }

    private CaseResult run(String key, byte[] xml, RuleTable table, CaseTable.Row row, boolean collects,
            Set<String> matched) {
        Map<String, String> inputs = new LinkedHashMap<>();
        table.inputs().forEach(input -> inputs.put(input.title(), row.cells().getOrDefault(input.name(), "")));
        try {
            DecisionDrafts.Evaluation evaluation = drafts.evaluate(xml, key, CaseTable.variables(row, table));
            matched.addAll(evaluation.matchedRules());
            List<Outcome> outcomes = new ArrayList<>();
            for (RuleTable.Column output : table.outputs()) {
                if (!row.cells().containsKey(output.name())) {
                    continue;
                }
                List<Object> actual = evaluation.results().stream().map(result -> result.get(output.name())).toList();
                String expected = row.cells().get(output.name());
                boolean agrees = CaseTable.agrees(expected, output.typeRef(), actual, collects);
                outcomes.add(new Outcome(output.title(), expected.isBlank() ? "（无结果）" : expected,
                        actual.stream().filter(value -> value != null).map(CaseTable::text).reduce((a, b) -> a + "|" + b)
                                .orElse("（无结果）"), agrees));
            }
            return new CaseResult(row.line(), row.comment(), inputs, outcomes,
                    outcomes.stream().allMatch(Outcome::agrees), null);
        } catch (DraftRefused | NumberFormatException e) {
            return new CaseResult(row.line(), row.comment(), inputs, List.of(), false, e.getMessage());
        }
    }

    Optional<CaseTable> read(String key) {
        Resource resource = resources.getResource("classpath:dmn-cases/" + key + ".csv");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream stream = resource.getInputStream()) {
            return Optional.of(CaseTable.read(stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
