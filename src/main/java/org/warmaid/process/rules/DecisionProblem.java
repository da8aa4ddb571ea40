package org.warmaid.process.rules;

/**
 * One thing wrong with a DMN model, located as precisely as it can be: the decision (its id), the
 * rule (1-based, null when not in a rule), the cell or column (its label), and what is wrong.
 */
public record DecisionProblem(String decision, Integer rule, String cell, String message) {

    /** The whole sentence, e.g. 决策 AidAmount 第 2 条规则“认定依据”：…. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (decision != null) {
            text.append("决策 ").append(decision);
        }
        if (rule != null) {
            text.append(" 第 ").append(rule).append(" 条规则");
        }
        if (cell != null) {
            text.append("“").append(cell).append("”");
        }
        return (text.isEmpty() ? "" : text.append("：")) + message;
    }
}
