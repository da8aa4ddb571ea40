package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a household against 附件3: the figures, the clause met (or not), every
 * exclusion that applies, the documents to attach, the default aid amount, a Chinese explanation,
 * and the decision versions that produced it.
 */
public record EligibilityResult(
        String region,
        BigDecimal minimumStandard,
        BigDecimal disposableIncome,
        BigDecimal perCapitaIncome,
        BigDecimal perCapitaLivingLevel,
        BigDecimal housingAreaPerPerson,
        int monthsBelowStandard,
        boolean specialHardship,
        boolean suddenHardship,
        boolean clauseMet,
        RuleOutcome clause,
        List<RuleOutcome> exclusions,
        List<RuleOutcome> requiredDocuments,
        Optional<BigDecimal> suggestedAidAmount,
        String explanation,
        List<DecisionRef> decisions) {

    /** Fundable: a clause of 第一部分 is met and no exclusion of 第二部分 applies. */
    public boolean eligible() {
        return clauseMet && exclusions.isEmpty();
    }

    public List<String> exclusionCodes() {
        return exclusions.stream().map(RuleOutcome::code).toList();
    }

    public List<String> documentCodes() {
        return requiredDocuments.stream().map(RuleOutcome::code).toList();
    }
}
