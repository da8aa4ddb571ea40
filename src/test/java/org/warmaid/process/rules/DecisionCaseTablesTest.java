package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * The analysts' safety net: every row of {@code src/test/resources/dmn-cases/<key>.csv} is
 * evaluated against {@code dmn/<key>.dmn}, and every rule of every decision must be matched by
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
            List<Map<String, String>> rows = read(casesFile);
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
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                int line = i + 2;
                nodes.add(DynamicTest.dynamicTest("line " + line + ": " + row.getOrDefault("comment", ""),
                        () -> check(parsed, row, inputTypes, outputTypes, collects, casesFile, line)));
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
        inputTypes.forEach((name, type) -> variables.put(name, value(row.get(name), type)));
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
            List<Object> expected = expectedCell.isBlank() ? List.of()
                    : Arrays.stream(expectedCell.split("\\|")).map(String::strip).map(cell -> value(cell, type)).toList();
            String where = casesFile + " line " + line + ", output " + name;
            if (collects) {
                assertThat(normalise(actual)).as(where).containsExactlyInAnyOrderElementsOf(normalise(expected));
            } else {
                assertThat(normalise(actual)).as(where).containsExactlyElementsOf(normalise(expected));
            }
        });
    }

    private static List<Object> normalise(List<Object> values) {
        return values.stream().map(value -> value instanceof Number number ? (Object) number.doubleValue() : value).toList();
    }

    private static Object value(String cell, String type) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        return switch (type == null ? "string" : type) {
            case "integer", "long" -> Integer.valueOf(text);
            case "double" -> Double.valueOf(text);
            case "boolean" -> Boolean.valueOf(text);
            default -> text;
        };
    }

    private DmnDecision parse(Path model, String key) {
        try (InputStream stream = Files.newInputStream(model)) {
            return engine.parseDecision(key, stream);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, String>> read(Path casesFile) {
        assertThat(casesFile).as("every decision needs a case table").exists();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(casesFile.toFile())) {
            List<Map<String, String>> all = rows.readAll();
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
