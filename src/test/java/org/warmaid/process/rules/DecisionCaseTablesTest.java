package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.warmaid.rules.CaseTable;

/**
 * The analysts' safety net: every row of {@code src/test/resources/dmn-cases/<key>.csv} is
 * evaluated against {@code dmn/<key>.dmn} (read and compared as the rules workbench does, see
 * {@link CaseTable}), and every rule of every decision must be matched by
 * at least one row. See the README in that folder for the format. Each row is also evaluated by
 * the application's engine ({@link ParsedOnceFeelEngine}), which must give the same result.
 */
class DecisionCaseTablesTest {

    private static final Path DMN_DIR = Path.of("dmn");
    private static final Path CASES_DIR = Path.of("src/test/resources/dmn-cases");

    private final Set<String> matchedRules = new LinkedHashSet<>();
    private final DmnEngine engine = buildEngine();
    /** The application evaluates with FEEL parsed once per expression; it must agree with the stock engine. */
    private final DmnEngine applicationEngine = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).feelEngineFactory(ParsedOnceFeelEngine::new).buildEngine();

    @TestFactory
    Stream<DynamicNode> everyDecisionAgreesWithItsCaseTable() throws IOException {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            List<Path> models = files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
            assertThat(models).as("DMN files in dmn/").isNotEmpty();
            return models.stream().map(this::casesFor).toList().stream();
        }
    }

    private DynamicNode casesFor(Path model) {
        DmnModelInstance instance = Dmn.readModelFromFile(model.toFile());
        List<Decision> decisions = new ArrayList<>(instance.getModelElementsByType(Decision.class));
        List<DynamicNode> nodes = new ArrayList<>();
        for (Decision decision : decisions) {
            DecisionTable table = (DecisionTable) decision.getExpression();
            DmnDecision parsed = parse(model, decision.getId());
            Path casesFile = CASES_DIR.resolve(decision.getId() + ".csv");
            List<CaseTable.Row> rows = read(casesFile);
            Map<String, String> inputTypes = new LinkedHashMap<>();
            for (Input input : table.getInputs()) {
                inputTypes.put(input.getInputExpression().getText().getTextContent().strip(),
                        input.getInputExpression().getTypeRef());
            }
            Map<String, String> outputTypes = new LinkedHashMap<>();
            for (Output output : table.getOutputs()) {
                outputTypes.put(output.getName(), output.getTypeRef());
            }
            boolean collects = table.getHitPolicy() == HitPolicy.COLLECT;
            for (CaseTable.Row row : rows) {
                nodes.add(DynamicTest.dynamicTest("line " + row.line() + ": " + row.comment(),
                        () -> check(parsed, row.cells(), inputTypes, outputTypes, collects, casesFile, row.line())));
            }
            Set<String> ruleIds = new LinkedHashSet<>(table.getRules().stream().map(Rule::getId).toList());
            nodes.add(DynamicTest.dynamicTest("every rule has a case", () -> {
                Set<String> missing = new LinkedHashSet<>(ruleIds);
                missing.removeAll(matchedRules);
                assertThat(missing).as("rules of %s matched by no row of %s", decision.getId(), casesFile).isEmpty();
            }));
        }
        return DynamicContainer.dynamicContainer(model.getFileName().toString(), nodes);
    }

    private void check(DmnDecision decision, Map<String, String> row, Map<String, String> inputTypes,
            Map<String, String> outputTypes, boolean collects, Path casesFile, int line) {
        for (String column : row.keySet()) {
            if (!column.equals("comment") && !inputTypes.containsKey(column) && !outputTypes.containsKey(column)) {
                fail("%s: column '%s' is neither an input %s nor an output %s of %s", casesFile, column,
                        inputTypes.keySet(), outputTypes.keySet(), decision.getKey());
            }
        }
        Map<String, Object> variables = new HashMap<>();
        inputTypes.forEach((name, type) -> variables.put(name, CaseTable.value(row.get(name), type)));
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        assertThat(applicationEngine.evaluateDecision(decision, variables).getResultList())
                .as("%s line %d evaluated by the application's FEEL engine", casesFile, line)
                .isEqualTo(result.getResultList());

        outputTypes.forEach((name, type) -> {
            String expectedCell = row.get(name);
            if (expectedCell == null) {
                return;
            }
            List<Object> actual = result.getResultList().stream().map(entries -> entries.get(name)).filter(Objects::nonNull)
                    .map(Object.class::cast).toList();
            assertThat(CaseTable.agrees(expectedCell, type, actual, collects))
                    .as("%s line %d, output %s: expected %s, got %s", casesFile, line, name, expectedCell, actual)
                    .isTrue();
        });
    }

    private DmnDecision parse(Path model, String key) {
        try (InputStream stream = Files.newInputStream(model)) {
            return engine.parseDecision(key, stream);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CaseTable.Row> read(Path casesFile) {
        assertThat(casesFile).as("every decision needs a case table").exists();
        try (InputStream csv = Files.newInputStream(casesFile)) {
            List<CaseTable.Row> all = CaseTable.read(csv).rows();
            assertThat(all).as("%s has cases", casesFile).isNotEmpty();
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + casesFile, e);
        }
    }

    private DmnEngine buildEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> record(event)));
        return configuration.buildEngine();
    }

    private void record(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
    }
}
