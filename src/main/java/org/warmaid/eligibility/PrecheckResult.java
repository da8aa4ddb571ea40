package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * The live pre-check of a draft: either what is still missing for the rules, or the outcome with
 * its explanation. Nothing is saved.
 */
public record PrecheckResult(
        boolean complete,
        List<String> missing,
        Boolean eligible,
        String clause,
        String clauseText,
        List<RuleOutcome> exclusions,
        List<RuleOutcome> requiredDocuments,
        BigDecimal suggestedAidAmount,
        BigDecimal minimumStandard,
        BigDecimal perCapitaIncome,
        BigDecimal perCapitaLivingLevel,
        String explanation) {

    /** Not yet checkable: what is not filled in, and what is filled in below zero (家庭人口数 below one). */
    static PrecheckResult incomplete(List<String> missing, List<String> negative) {
        List<String> sentences = new java.util.ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add("请先填写：" + String.join("、", missing));
        }
        if (negative.contains("家庭人口数")) {
            sentences.add("家庭人口数至少为1");
        }
        List<String> belowZero = negative.stream().filter(label -> !label.equals("家庭人口数")).toList();
        if (!belowZero.isEmpty()) {
            sentences.add(String.join("、", belowZero) + "不能为负数");
        }
        return new PrecheckResult(false, missing, null, null, null, List.of(), List.of(), null, null, null, null,
                String.join("；", sentences));
    }

    static PrecheckResult of(EligibilityResult result) {
        return new PrecheckResult(true, List.of(), result.eligible(), result.clause().code(), result.clause().ruleText(),
                result.exclusions(), result.requiredDocuments(), result.suggestedAidAmount().orElse(null),
                result.minimumStandard(), result.perCapitaIncome(), result.perCapitaLivingLevel(), result.explanation());
    }
}
