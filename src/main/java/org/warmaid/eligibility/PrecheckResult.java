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

    static PrecheckResult incomplete(List<String> missing) {
        return new PrecheckResult(false, missing, null, null, null, List.of(), List.of(), null, null, null, null,
                "请先填写：" + String.join("、", missing));
    }

    static PrecheckResult of(EligibilityResult result) {
        return new PrecheckResult(true, List.of(), result.eligible(), result.clause().code(), result.clause().ruleText(),
                result.exclusions(), result.requiredDocuments(), result.suggestedAidAmount().orElse(null),
                result.minimumStandard(), result.perCapitaIncome(), result.perCapitaLivingLevel(), result.explanation());
    }
}
