package org.warmaid.process.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decisions the application knows (the DMN files in dmn/): each key with the inputs the application supplies
 * and the outputs it reads, with their DMN types, and the hit policies it can read a result of. A
 * deployed or drafted decision table must keep to this contract; its rows are the analysts'.
 */
public final class KnownDecisions {

    /** An input the application supplies: the variable the input column reads, and its type. */
    public record Input(String name, String type) {
    }

    /** An output the application reads, and its type. */
    public record Output(String name, String type) {
    }

    /**
     * One decision: its key, its Chinese name, the hit policies whose result the application reads
     * (a single result, or a collected list of entries), its inputs and the outputs it needs.
     */
    public record Decision(String key, String name, Set<String> hitPolicies, List<Input> inputs, List<Output> outputs) {

        public Decision {
            hitPolicies = Set.copyOf(hitPolicies);
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        public Optional<Input> input(String name) {
            return inputs.stream().filter(input -> input.name().equals(name)).findFirst();
        }
    }

    /** Hit policies with one result row, read with getSingleResult. */
    static final Set<String> SINGLE_RESULT = Set.of("UNIQUE", "FIRST", "ANY", "PRIORITY");
    /** COLLECT without aggregation: a list of entries, read with collectEntries. */
    static final Set<String> COLLECTED = Set.of("COLLECT");

    private static final Map<String, Decision> DECISIONS = declare(
            new Decision("MinimumLivingStandard", "当地最低生活保障标准", SINGLE_RESULT,
                    List.of(new Input("region", "string")),
                    List.of(new Output("minimumStandard", "double"))),
            new Decision("ExclusionRules", "不予资助情形", COLLECTED,
                    List.of(new Input("homeCount", "integer"), new Input("housingAreaPerPerson", "double"),
                            new Input("ownsShopOrEmploysOthers", "boolean"),
                            new Input("childInPrivateSchoolOrAbroad", "boolean"),
                            new Input("usesShipsOrMachinery", "boolean"), new Input("declaredTruthfully", "boolean")),
                    List.of(new Output("exclusionReason", "string"))),
            new Decision("EligibilityRules", "困难职工认定", Set.of("FIRST", "UNIQUE"),
                    List.of(new Input("perCapitaIncome", "double"), new Input("minimumStandard", "double"),
                            new Input("monthsBelowStandard", "integer"), new Input("specialHardship", "boolean"),
                            new Input("suddenHardship", "boolean"), new Input("perCapitaLivingLevel", "double")),
                    List.of(new Output("eligible", "boolean"), new Output("eligibilityClause", "string"))),
            new Decision("RequiredDocuments", "佐证材料清单", COLLECTED,
                    List.of(new Input("minimumLivingAllowance", "boolean"), new Input("disabled", "boolean"),
                            new Input("seriousIllness", "boolean")),
                    List.of(new Output("document", "string"))),
            new Decision("AidCategoryMeansTest", "送温暖对象是否需困难认定", SINGLE_RESULT,
                    List.of(new Input("aidCategory", "integer")),
                    List.of(new Output("meansTested", "boolean"))),
            new Decision("AidAmount", "资助金额", SINGLE_RESULT,
                    List.of(new Input("eligibilityClause", "string")),
                    List.of(new Output("aidAmount", "double"))));

    private KnownDecisions() {
    }

    public static Optional<Decision> of(String key) {
        return Optional.ofNullable(key).map(DECISIONS::get);
    }

    public static Collection<Decision> all() {
        return DECISIONS.values();
    }

    private static Map<String, Decision> declare(Decision... decisions) {
        Map<String, Decision> byKey = new LinkedHashMap<>();
        for (Decision decision : decisions) {
            byKey.put(decision.key(), decision);
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }
}
