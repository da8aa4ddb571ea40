package org.warmaid.process.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.warmaid.eligibility.DecisionRef;
import org.warmaid.eligibility.EligibilityRules;
import org.warmaid.eligibility.RuleOutcome;
import org.warmaid.process.SystemAccess;

/**
 * Evaluates the latest deployed version of each decision with a DMN engine of its own, configured as
 * the process engine's (FEEL Scala, the default, with each expression parsed once: see
 * {@link ParsedOnceFeelEngine}), without a history row per evaluation: the
 * application records each official result itself, with the version used.
 * Parsed decisions are cached per definition id; which definition is the latest is remembered by
 * {@link LatestDecisions}, so a redeployment takes effect at the next call on this node and within
 * seconds on the others.
 */
@Component
class DmnEligibilityRules implements EligibilityRules {

    static final String MINIMUM_LIVING_STANDARD = "MinimumLivingStandard";
    static final String EXCLUSION_RULES = "ExclusionRules";
    static final String ELIGIBILITY_RULES = "EligibilityRules";
    static final String REQUIRED_DOCUMENTS = "RequiredDocuments";
    static final String AID_AMOUNT = "AidAmount";
    static final String AID_CATEGORY_MEANS_TEST = "AidCategoryMeansTest";

    /** The definition id of a draft's {@link DecisionRef}: it has none, it is not deployed. */
    static final String DRAFT = "draft";

    private static final Map<String, String> CODE_OUTPUT = Map.of(
            MINIMUM_LIVING_STANDARD, "minimumStandard",
            EXCLUSION_RULES, "exclusionReason",
            ELIGIBILITY_RULES, "eligibilityClause",
            REQUIRED_DOCUMENTS, "document",
            AID_AMOUNT, "aidAmount",
            AID_CATEGORY_MEANS_TEST, "meansTested");

    private final RepositoryService repository;
    private final DmnEngine dmn;
    private final SystemAccess system;
    private final LatestDecisions latestDecisions;
    private final Map<String, Parsed> parsed;
    /** Drafts evaluated in place of the deployed version of their key (none in the application's own instance). */
    private final Map<String, Parsed> drafts;

    @Autowired
    DmnEligibilityRules(ProcessEngine engine, SystemAccess system, LatestDecisions latestDecisions) {
        this.repository = engine.getRepositoryService();
        this.dmn = feelOnly().buildEngine();
        this.system = system;
        this.latestDecisions = latestDecisions;
        this.parsed = new ConcurrentHashMap<>();
        this.drafts = Map.of();
    }

    /**
     * The DMN engine's configuration the application evaluates with (deployed decisions and drafts):
     * FEEL parsed once per expression, and FEEL only — a JUEL or script expression (refused at
     * deployment) finds no engine to run it here.
     */
    static DefaultDmnEngineConfiguration feelOnly() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.feelEngineFactory(ParsedOnceFeelEngine::new)
                .elProvider(expression -> {
                    throw new IllegalStateException("only FEEL expressions are evaluated");
                })
                .scriptEngineResolver(language -> null);
        return configuration;
    }

    private DmnEligibilityRules(DmnEligibilityRules deployed, Map<String, Parsed> drafts) {
        this.repository = deployed.repository;
        this.dmn = deployed.dmn;
        this.system = deployed.system;
        this.latestDecisions = deployed.latestDecisions;
        this.parsed = deployed.parsed;
        this.drafts = drafts;
    }

    /** These rules with the draft of one decision evaluated instead of its deployed version (never deployed). */
    EligibilityRules withDraft(String key, DmnModelInstance draft) {
        return new DmnEligibilityRules(this, Map.of(key, parse(draft, key, new DecisionRef(key, DRAFT, 0))));
    }

    /** A deployed decision ready to evaluate, with its rules' descriptions by the code they give. */
    record Parsed(DmnDecision decision, DecisionRef ref, List<RuleOutcome> rules, Map<String, String> textByCode,
            List<String> firstInputEntries) {
    }

    @Override
    public Answer<Boolean> meansTested(int aidCategory) {
        Parsed decision = latest(AID_CATEGORY_MEANS_TEST);
        DmnDecisionResult result = dmn.evaluateDecision(decision.decision(),
                Variables.createVariables().putValue("aidCategory", aidCategory));
        Boolean meansTested = result.isEmpty() ? null : result.getSingleResult().<Boolean>getEntry("meansTested");
        return new Answer<>(!Boolean.FALSE.equals(meansTested), decision.ref());
    }

    @Override
    public Answer<Optional<BigDecimal>> minimumStandard(String region) {
        Parsed decision = latest(MINIMUM_LIVING_STANDARD);
        DmnDecisionResult result = dmn.evaluateDecision(decision.decision(),
                Variables.createVariables().putValue("region", region));
        Optional<BigDecimal> standard = result.isEmpty() ? Optional.empty()
                : Optional.ofNullable(result.getSingleResult().<Number>getEntry("minimumStandard")).map(DmnEligibilityRules::exact);
        return new Answer<>(standard, decision.ref());
    }

    @Override
    public Answer<List<RuleOutcome>> exclusions(int homeCount, BigDecimal housingAreaPerPerson,
            boolean ownsShopOrEmploysOthers, boolean childInPrivateSchoolOrAbroad, boolean usesShipsOrMachinery,
            boolean declaredTruthfully) {
        Parsed decision = latest(EXCLUSION_RULES);
        VariableMap variables = Variables.createVariables()
                .putValue("homeCount", homeCount)
                .putValue("housingAreaPerPerson", housingAreaPerPerson.doubleValue())
                .putValue("ownsShopOrEmploysOthers", ownsShopOrEmploysOthers)
                .putValue("childInPrivateSchoolOrAbroad", childInPrivateSchoolOrAbroad)
                .putValue("usesShipsOrMachinery", usesShipsOrMachinery)
                .putValue("declaredTruthfully", declaredTruthfully);
        List<String> codes = dmn.evaluateDecision(decision.decision(), variables).collectEntries("exclusionReason");
        return new Answer<>(outcomes(decision, codes), decision.ref());
    }

    @Override
    public Answer<Judgement> eligibility(BigDecimal perCapitaIncome, BigDecimal minimumStandard, int monthsBelowStandard,
            boolean specialHardship, boolean suddenHardship, BigDecimal perCapitaLivingLevel) {
        Parsed decision = latest(ELIGIBILITY_RULES);
        VariableMap variables = Variables.createVariables()
                .putValue("perCapitaIncome", perCapitaIncome.doubleValue())
                .putValue("minimumStandard", minimumStandard.doubleValue())
                .putValue("monthsBelowStandard", monthsBelowStandard)
                .putValue("specialHardship", specialHardship)
                .putValue("suddenHardship", suddenHardship)
                .putValue("perCapitaLivingLevel", perCapitaLivingLevel.doubleValue());
        DmnDecisionResult result = dmn.evaluateDecision(decision.decision(), variables);
        if (result.isEmpty()) {
            return new Answer<>(new Judgement(false, new RuleOutcome("NOT_ELIGIBLE", "不符合附件3第一部分任何一项")), decision.ref());
        }
        Boolean eligible = result.getSingleResult().getEntry("eligible");
        String clause = result.getSingleResult().getEntry("eligibilityClause");
        return new Answer<>(new Judgement(Boolean.TRUE.equals(eligible), outcome(decision, clause)), decision.ref());
    }

    @Override
    public List<RuleOutcome> eligibilityClauses(DecisionRef ref) {
        Parsed decision = DRAFT.equals(ref.definitionId()) ? drafts.get(ref.key()) : parsed.computeIfAbsent(ref.definitionId(), id -> parse(definition(id)));
        return decision.rules().stream().filter(rule -> rule.code().startsWith("CLAUSE_")).toList();
    }

    @Override
    public Answer<List<RuleOutcome>> requiredDocuments(boolean minimumLivingAllowance, boolean disabled, boolean seriousIllness) {
        Parsed decision = latest(REQUIRED_DOCUMENTS);
        VariableMap variables = Variables.createVariables()
                .putValue("minimumLivingAllowance", minimumLivingAllowance)
                .putValue("disabled", disabled)
                .putValue("seriousIllness", seriousIllness);
        List<String> codes = dmn.evaluateDecision(decision.decision(), variables).collectEntries("document");
        return new Answer<>(outcomes(decision, codes), decision.ref());
    }

    @Override
    public Answer<Optional<BigDecimal>> aidAmount(String eligibilityClause) {
        Parsed decision = latest(AID_AMOUNT);
        DmnDecisionResult result = dmn.evaluateDecision(decision.decision(),
                Variables.createVariables().putValue("eligibilityClause", eligibilityClause));
        Optional<BigDecimal> amount = result.isEmpty() ? Optional.empty()
                : Optional.ofNullable(result.getSingleResult().<Number>getEntry("aidAmount")).map(DmnEligibilityRules::fen);
        return new Answer<>(amount, decision.ref());
    }

    @Override
    public List<String> regions() {
        return latest(MINIMUM_LIVING_STANDARD).firstInputEntries();
    }

    private Parsed latest(String key) {
        Parsed draft = drafts.get(key);
        if (draft != null) {
            return draft;
        }
        DecisionDefinition definition = latestDecisions.get(key, ignored -> system.call(() -> repository
                .createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().withoutTenantId().singleResult()));
        if (definition == null) {
            throw new IllegalStateException("decision " + key + " is not deployed");
        }
        return parsed.computeIfAbsent(definition.getId(), id -> parse(definition));
    }

    private DecisionDefinition definition(String id) {
        return system.call(() -> repository.getDecisionDefinition(id));
    }

    private Parsed parse(DecisionDefinition definition) {
        DmnModelInstance model = system.call(() -> repository.getDmnModelInstance(definition.getId()));
        return parse(model, definition.getKey(),
                new DecisionRef(definition.getKey(), definition.getId(), definition.getVersion()));
    }

    private Parsed parse(DmnModelInstance model, String key, DecisionRef ref) {
        DmnDecision decision = dmn.parseDecision(key, model);
        Decision element = model.getModelElementById(key);
        DecisionTable table = (DecisionTable) element.getExpression();
        int codeColumn = codeColumn(table, CODE_OUTPUT.get(key));
        List<RuleOutcome> rules = new ArrayList<>();
        List<String> firstInputEntries = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            String code = unquote(new ArrayList<>(rule.getOutputEntries()).get(codeColumn).getTextContent());
            String text = rule.getDescription() == null ? code : rule.getDescription().getTextContent().strip();
            rules.add(new RuleOutcome(code, text));
            if (!rule.getInputEntries().isEmpty()) {
                String entry = unquote(rule.getInputEntries().iterator().next().getTextContent());
                if (!entry.isEmpty() && !entry.equals("-")) {
                    firstInputEntries.add(entry);
                }
            }
        }
        Map<String, String> textByCode = rules.stream()
                .collect(Collectors.toMap(RuleOutcome::code, RuleOutcome::ruleText, (first, second) -> first));
        return new Parsed(decision, ref, List.copyOf(rules), textByCode, List.copyOf(firstInputEntries));
    }

    private static int codeColumn(DecisionTable table, String outputName) {
        if (outputName == null) {
            return 0;
        }
        List<Output> outputs = new ArrayList<>(table.getOutputs());
        for (int i = 0; i < outputs.size(); i++) {
            if (outputName.equals(outputs.get(i).getName())) {
                return i;
            }
        }
        throw new IllegalStateException("decision table has no output " + outputName);
    }

    private static List<RuleOutcome> outcomes(Parsed decision, List<String> codes) {
        return codes.stream().map(code -> outcome(decision, code)).toList();
    }

    private static RuleOutcome outcome(Parsed decision, String code) {
        return new RuleOutcome(code, decision.textByCode().getOrDefault(code, code));
    }

    private static String unquote(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
    }

    /** A threshold as the table states it: never rounded, since decisions are compared with it. */
    private static BigDecimal exact(Number number) {
        return new BigDecimal(number.toString());
    }

    /** An amount to pay, in whole fen. */
    private static BigDecimal fen(Number number) {
        return new BigDecimal(number.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
