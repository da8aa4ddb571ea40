package org.warmaid.process.rules;

import java.util.List;
import java.util.Optional;

/**
 * A decision table as the analysts see it, in plain Java: its columns and its rules with the text
 * of every cell. Read from a DMN file by {@link DecisionDrafts#table}; compared, shown and checked
 * outside the engine.
 */
public record RuleTable(String key, String name, String hitPolicy, String aggregation, List<Column> inputs,
        List<Column> outputs, List<TableRule> rules) {

    /**
     * An input (its {@code name} is the input expression, e.g. {@code region}) or an output (its
     * {@code name} is the output name, e.g. {@code minimumStandard}).
     */
    public record Column(String id, String label, String name, String typeRef, String expressionLanguage) {

        /** The label if there is one, else the name. */
        public String title() {
            return label == null || label.isBlank() ? name : label;
        }
    }

    /** One cell: its text and, when it names one, an expression language other than the table's. */
    public record Cell(String text, String expressionLanguage) {
    }

    public record TableRule(String id, String description, List<Cell> inputEntries, List<Cell> outputEntries) {
    }

    public Optional<TableRule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** 1-based position of the rule in the table, as the editor numbers its rows. */
    public int position(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i + 1;
            }
        }
        return -1;
    }
}
