package org.warmaid.process.benchmark;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.warmaid.registration.Household;

/**
 * The baseline of the rules benchmark: the project's decisions parsed once from dmn/ and
 * evaluated directly with a DMN engine, no database, the same inputs and order as one eligibility
 * check. {@code legacyFeel} switches to the pre-7.13 Java FEEL (JUEL-like) for comparison.
 */
public final class BareDecisions {

    private final DmnEngine dmn;
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    public BareDecisions(boolean legacyFeel) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(legacyFeel);
        dmn = configuration.buildEngine();
        for (String key : new String[] {"AidCategoryMeansTest", "MinimumLivingStandard", "ExclusionRules", "EligibilityRules", "RequiredDocuments",
                "AidAmount"}) {
            try (InputStream in = BareDecisions.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
                decisions.put(key, dmn.parseDecision(key, in));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One eligibility check's worth of evaluations; returns whether the household is eligible. */
    public boolean check(Household facts) {
        dmn.evaluateDecision(decisions.get("AidCategoryMeansTest"),
                Variables.createVariables().putValue("aidCategory", facts.aidCategory()));
        DmnDecisionResult standard = dmn.evaluateDecision(decisions.get("MinimumLivingStandard"),
                Variables.createVariables().putValue("region", facts.region()));
        Number minimum = standard.getSingleResult().getEntry("minimumStandard");
        dmn.evaluateDecision(decisions.get("ExclusionRules"), Variables.createVariables()
                .putValue("homeCount", facts.homeCount())
                .putValue("housingAreaPerPerson", facts.housingAreaPerPerson().doubleValue())
                .putValue("ownsShopOrEmploysOthers", facts.ownsShopOrEmploysOthers())
                .putValue("childInPrivateSchoolOrAbroad", facts.childInPrivateSchoolOrAbroad())
                .putValue("usesShipsOrMachinery", facts.usesShipsOrMachinery())
                .putValue("declaredTruthfully", facts.declaredTruthfully()));
        DmnDecisionResult judgement = dmn.evaluateDecision(decisions.get("EligibilityRules"), Variables.createVariables()
                .putValue("perCapitaIncome", facts.perCapitaIncome().doubleValue())
                .putValue("minimumStandard", minimum.doubleValue())
                .putValue("monthsBelowStandard", facts.monthsBelowStandard())
                .putValue("specialHardship", facts.specialHardship())
                .putValue("suddenHardship", facts.suddenOrSeriousHardship())
                .putValue("perCapitaLivingLevel", facts.perCapitaLivingLevel().doubleValue()));
        dmn.evaluateDecision(decisions.get("RequiredDocuments"), Variables.createVariables()
                .putValue("minimumLivingAllowance", facts.minimumLivingAllowance())
                .putValue("disabled", facts.disabled())
                .putValue("seriousIllness", facts.seriousIllness()));
        boolean eligible = !judgement.isEmpty() && Boolean.TRUE.equals(judgement.getSingleResult().getEntry("eligible"));
        if (eligible) {
            String clause = judgement.getSingleResult().getEntry("eligibilityClause");
            dmn.evaluateDecision(decisions.get("AidAmount"),
                    Variables.createVariables().putValue("eligibilityClause", clause));
        }
        return eligible;
    }
}
