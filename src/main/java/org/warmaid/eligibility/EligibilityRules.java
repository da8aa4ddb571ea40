package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The eligibility decisions, deployed from {@code dmn/} and owned by the analysts. Every
 * answer names the decision version it came from.
 */
public interface EligibilityRules {

    record Answer<T>(T value, DecisionRef decision) {
    }

    /**
     * {@code AidCategoryMeansTest}: whether the 送温暖对象 category needs 附件3's means test; a category
     * the table does not list does.
     */
    Answer<Boolean> meansTested(int aidCategory);

    /** {@code MinimumLivingStandard}: empty for a region the table does not list. */
    Answer<Optional<BigDecimal>> minimumStandard(String region);

    /** {@code ExclusionRules}: every exclusion that applies. */
    Answer<List<RuleOutcome>> exclusions(int homeCount, BigDecimal housingAreaPerPerson, boolean ownsShopOrEmploysOthers,
            boolean childInPrivateSchoolOrAbroad, boolean usesShipsOrMachinery, boolean declaredTruthfully);

    /** {@code EligibilityRules}: the first clause met, or NOT_ELIGIBLE. */
    Answer<Judgement> eligibility(BigDecimal perCapitaIncome, BigDecimal minimumStandard, int monthsBelowStandard,
            boolean specialHardship, boolean suddenHardship, BigDecimal perCapitaLivingLevel);

    /** The clause texts of the eligibility rules that grant aid, for explaining a refusal. */
    List<RuleOutcome> eligibilityClauses(DecisionRef decision);

    /** {@code RequiredDocuments}. */
    Answer<List<RuleOutcome>> requiredDocuments(boolean minimumLivingAllowance, boolean disabled, boolean seriousIllness);

    /** {@code AidAmount}: the default amount for a clause, if the table has one. */
    Answer<Optional<BigDecimal>> aidAmount(String eligibilityClause);

    /** The regions the living-standard table lists. */
    List<String> regions();

    record Judgement(boolean eligible, RuleOutcome clause) {
    }
}
