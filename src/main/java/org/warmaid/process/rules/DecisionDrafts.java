package org.warmaid.process.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.springframework.stereotype.Service;
import org.warmaid.eligibility.EligibilityRules;

/**
 * Decision tables that are not deployed: an analyst's draft, read into a plain {@link DecisionTable},
 * evaluated with the same DMN and FEEL engine the application evaluates its deployed decisions with,
 * and put in place of the deployed version for the application's whole check (the impact preview).
 */
@Service
public class DecisionDrafts {

    private final DmnEngine dmn;
    private final DmnEligibilityRules rules;
    private final ThreadLocal<Set<String>> matched = ThreadLocal.withInitial(LinkedHashSet::new);
    private final Cache<String, DmnDecision> parsed = Caffeine.newBuilder().maximumSize(50).build();

    DecisionDrafts(DmnEligibilityRules rules) {
        DefaultDmnEngineConfiguration configuration = DmnEligibilityRules.feelOnly();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> event.getMatchingRules()
                .forEach(rule -> matched.get().add(rule.getId()))));
        this.dmn = configuration.buildEngine();
        this.rules = rules;
    }

    /** The result of evaluating a draft: one map of outputs per result, and the rules that matched. */
    public record Evaluation(List<Map<String, Object>> results, Set<String> matchedRules) {
    }

    /** @throws DraftRefused when the file is no DMN or holds no decision table of that key */
    public RuleTable table(byte[] xml, String key) {
        return read(xml, key);
    }

    /** @throws DraftRefused when the file is no DMN or holds no decision table of that key */
    public static RuleTable read(byte[] xml, String key) {
        return tableOf(model(xml), key);
    }

    /** The decision keys the file defines. */
    public List<String> keys(byte[] xml) {
        return keysOf(model(xml));
    }

    static List<String> keysOf(DmnModelInstance model) {
        return model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
    }

    /** @throws DraftRefused when the draft does not parse or its evaluation fails (the engine's message) */
    public Evaluation evaluate(byte[] xml, String key, Map<String, Object> variables) {
        DmnDecision decision = decision(xml, key);
        matched.get().clear();
        try {
            List<Map<String, Object>> results = new ArrayList<>();
            dmn.evaluateDecision(decision, variables).getResultList()
                    .forEach(result -> results.add(new LinkedHashMap<>(result)));
            return new Evaluation(results, new LinkedHashSet<>(matched.get()));
        } catch (RuntimeException e) {
            throw new DraftRefused("试算出错：" + e.getMessage(), e);
        } finally {
            matched.remove();
        }
    }

    /** The application's rules with the deployed version of {@code key} replaced by the draft. */
    public EligibilityRules rulesWith(byte[] xml, String key) {
        refuseIfUnsafe(xml);
        DmnModelInstance model = model(xml);
        tableOf(model, key);
        try {
            return rules.withDraft(key, model);
        } catch (RuntimeException e) {
            throw new DraftRefused("规则表无法解析：" + e.getMessage(), e);
        }
    }

    private DmnDecision decision(byte[] xml, String key) {
        return parsed.get(digest(xml) + ":" + key, ignored -> {
            refuseIfUnsafe(xml);
            DmnModelInstance model = model(xml);
            tableOf(model, key);
            try {
                return dmn.parseDecision(key, model);
            } catch (RuntimeException e) {
                throw new DraftRefused("规则表无法解析：" + e.getMessage(), e);
            }
        });
    }

    /** A draft is evaluated only when it would be deployed: plain FEEL, the known decisions' contract. */
    private static void refuseIfUnsafe(byte[] xml) {
        List<DecisionProblem> problems = DecisionChecks.problems(xml);
        if (!problems.isEmpty()) {
            throw new DraftRefused("草稿不能试算或部署：" + String.join("；",
                    problems.stream().map(DecisionProblem::describe).toList()));
        }
    }

    static DmnModelInstance model(byte[] xml) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            throw new DraftRefused("不是有效的 DMN 文件：" + rootMessage(e), e);
        }
    }

    static RuleTable tableOf(DmnModelInstance model, String key) {
        if (!(model.getModelElementById(key) instanceof Decision decision)) {
            throw new DraftRefused("文件中没有决策“" + key + "”（决策编号须保持为 " + key + "）");
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            throw new DraftRefused("决策“" + key + "”不是决策表");
        }
        List<RuleTable.Column> inputs = new ArrayList<>();
        for (Input input : table.getInputs()) {
            LiteralExpression expression = input.getInputExpression();
            inputs.add(new RuleTable.Column(input.getId(), input.getLabel(),
                    expression == null || expression.getText() == null ? null : expression.getText().getTextContent().strip(),
                    expression == null ? null : expression.getTypeRef(),
                    expression == null ? null : expression.getExpressionLanguage()));
        }
        List<RuleTable.Column> outputs = new ArrayList<>();
        for (Output output : table.getOutputs()) {
            outputs.add(new RuleTable.Column(output.getId(), output.getLabel(),
                    output.getName(), output.getTypeRef(), null));
        }
        List<RuleTable.TableRule> rules = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<RuleTable.Cell> in = new ArrayList<>();
            for (InputEntry entry : rule.getInputEntries()) {
                in.add(cell(entry));
            }
            List<RuleTable.Cell> out = new ArrayList<>();
            for (OutputEntry entry : rule.getOutputEntries()) {
                out.add(cell(entry));
            }
            rules.add(new RuleTable.TableRule(rule.getId(),
                    rule.getDescription() == null ? null : rule.getDescription().getTextContent().strip(), in, out));
        }
        return new RuleTable(key, decision.getName(),
                table.getHitPolicy() == null ? "UNIQUE" : table.getHitPolicy().name(),
                table.getAggregation() == null ? null : table.getAggregation().name(), inputs, outputs, rules);
    }

    private static RuleTable.Cell cell(UnaryTests entry) {
        return new RuleTable.Cell(text(entry.getText() == null ? null
                : entry.getText().getTextContent()), entry.getExpressionLanguage());
    }

    private static RuleTable.Cell cell(LiteralExpression entry) {
        return new RuleTable.Cell(text(entry.getText() == null ? null
                : entry.getText().getTextContent()), entry.getExpressionLanguage());
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }

    static String digest(byte[] xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
