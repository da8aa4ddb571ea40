package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.warmaid.registration.Household;

/** Checks a household against the analysts' decisions and explains the outcome in Chinese. */
@Service
public class EligibilityCheck {

    private final EligibilityRules rules;

    public EligibilityCheck(EligibilityRules rules) {
        this.rules = rules;
    }

    /** The clause code of a registration whose category needs no means test. */
    public static final String NOT_MEANS_TESTED = "NOT_MEANS_TESTED";

    /** @throws UnknownRegion when the living-standard table has no row for the household's region */
    public EligibilityResult check(Household facts) {
        List<DecisionRef> decisions = new ArrayList<>();
        EligibilityRules.Answer<Boolean> meansTest = rules.meansTested(facts.aidCategory());
        decisions.add(meansTest.decision());
        EligibilityRules.Answer<Optional<BigDecimal>> standard = rules.minimumStandard(facts.region());
        decisions.add(standard.decision());
        BigDecimal minimum = standard.value().orElseThrow(() -> new UnknownRegion(facts.region(), rules.regions()));
        if (!meansTest.value()) {
            return withoutMeansTest(facts, minimum, decisions);
        }

        var exclusions = rules.exclusions(facts.homeCount(), facts.housingAreaPerPerson(),
                facts.ownsShopOrEmploysOthers(), facts.childInPrivateSchoolOrAbroad(), facts.usesShipsOrMachinery(),
                facts.declaredTruthfully());
        decisions.add(exclusions.decision());

        var judgement = rules.eligibility(facts.perCapitaIncome(), minimum, facts.monthsBelowStandard(),
                facts.specialHardship(), facts.suddenOrSeriousHardship(), facts.perCapitaLivingLevel());
        decisions.add(judgement.decision());

        var documents = rules.requiredDocuments(facts.minimumLivingAllowance(), facts.disabled(), facts.seriousIllness());
        decisions.add(documents.decision());

        Optional<BigDecimal> amount = Optional.empty();
        if (judgement.value().eligible() && exclusions.value().isEmpty()) {
            var aid = rules.aidAmount(judgement.value().clause().code());
            decisions.add(aid.decision());
            amount = aid.value();
        }
        List<RuleOutcome> clauses = judgement.value().eligible() ? List.of()
                : rules.eligibilityClauses(judgement.decision());
        String explanation = Explanation.of(facts, minimum, judgement.value(), clauses, exclusions.value(), amount);
        return new EligibilityResult(facts, minimum, judgement.value().eligible(), judgement.value().clause(),
                exclusions.value(), documents.value(), amount, explanation, List.copyOf(decisions));
    }

    /**
     * A 送温暖对象 the analysts' table exempts from 附件3 (by default the 慰问 of categories (五) and (六)):
     * neither the clauses nor the exclusions of 附件3 apply; the registration still goes through both
     * reviews and the document check, with the documents and the default amount of the tables.
     */
    private EligibilityResult withoutMeansTest(Household facts, BigDecimal minimum, List<DecisionRef> decisions) {
        var documents = rules.requiredDocuments(facts.minimumLivingAllowance(), facts.disabled(), facts.seriousIllness());
        decisions.add(documents.decision());
        var aid = rules.aidAmount(NOT_MEANS_TESTED);
        decisions.add(aid.decision());
        RuleOutcome clause = new RuleOutcome(NOT_MEANS_TESTED, Explanation.categoryText(facts.aidCategory())
                + "：不需按附件3认定困难（送温暖对象是否需困难认定）");
        return new EligibilityResult(facts, minimum, true, clause, List.of(), documents.value(), aid.value(),
                Explanation.withoutMeansTest(facts, aid.value()), List.copyOf(decisions));
    }

    public boolean knowsRegion(String region) {
        return rules.minimumStandard(region).value().isPresent();
    }

    public List<String> regions() {
        return rules.regions();
    }
}
