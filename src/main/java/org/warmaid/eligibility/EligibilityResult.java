package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.warmaid.registration.Household;

/**
 * The outcome of checking a household against 附件3: the household and its figures, the clause met
 * (or not), every exclusion that applies, the documents to attach, the default aid amount, a
 * Chinese explanation, and the decision versions that produced it.
 */
public record EligibilityResult(
        Household household,
        BigDecimal minimumStandard,
        boolean clauseMet,
        RuleOutcome clause,
        List<RuleOutcome> exclusions,
        List<RuleOutcome> requiredDocuments,
        Optional<BigDecimal> suggestedAidAmount,
        String explanation,
        List<DecisionRef> decisions) {

    public String region() {
        return household.region();
    }

    public BigDecimal disposableIncome() {
        return household.disposableIncome();
    }

    public BigDecimal perCapitaIncome() {
        return household.perCapitaIncome();
    }

    public BigDecimal perCapitaLivingLevel() {
        return household.perCapitaLivingLevel();
    }

    public BigDecimal housingAreaPerPerson() {
        return household.housingAreaPerPerson();
    }

    public int monthsBelowStandard() {
        return household.monthsBelowStandard();
    }

    public boolean specialHardship() {
        return household.specialHardship();
    }

    /** Sudden hardship as clause (三) counts it. */
    public boolean suddenHardship() {
        return household.suddenOrSeriousHardship();
    }

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
