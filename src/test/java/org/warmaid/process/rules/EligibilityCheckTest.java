package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warmaid.eligibility.EligibilityCheck;
import org.warmaid.eligibility.EligibilityResult;
import org.warmaid.eligibility.HouseholdFacts;
import org.warmaid.eligibility.UnknownRegion;
import org.warmaid.process.SystemAccess;
import org.warmaid.registration.HardshipType;

/** The eligibility check over the real DMN files of {@code dmn/} on an in-memory engine. */
class EligibilityCheckTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.cfg.xml").build();

    private EligibilityCheck check;

    @BeforeEach
    void deployTheRules() {
        ProcessEngine processEngine = engine.getProcessEngine();
        DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment().name("rules");
        try (Stream<Path> files = Files.list(Path.of("dmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                deployment.addString(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine.manageDeployment(deployment.deploy());
        check = new EligibilityCheck(new DmnEligibilityRules(processEngine, new SystemAccess(processEngine.getIdentityService()),
                latestDecisionsOf(processEngine)));
    }

    @Test
    void clause1BelowTheStandardForSixMonthsWithTheFiguresAndTheDefaultAmount() {
        EligibilityResult result = check.check(household(2, "1000", "0", "100", "600", 8, Set.of(HardshipType.LOW_INCOME)));
        assertThat(result.disposableIncome()).isEqualByComparingTo("900");
        assertThat(result.perCapitaIncome()).isEqualByComparingTo("450");
        assertThat(result.perCapitaLivingLevel()).isEqualByComparingTo("150");
        assertThat(result.minimumStandard()).isEqualByComparingTo("620");
        assertThat(result.eligible()).isTrue();
        assertThat(result.clause().code()).isEqualTo("CLAUSE_1_BELOW_MINIMUM");
        assertThat(result.suggestedAidAmount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("1000"));
        assertThat(result.explanation())
                .contains("人均可支配收入450.00元", "长春市最低生活保障标准620.00元", "符合附件3 第一部分（一）", "结论：符合资助条件");
        assertThat(result.decisions()).extracting(ref -> ref.key())
                .containsExactly("MinimumLivingStandard", "ExclusionRules", "EligibilityRules", "RequiredDocuments", "AidAmount");
    }

    @Test
    void explainsARefusalWithEveryClauseAndTheHouseholdsFacts() {
        EligibilityResult result = check.check(household(1, "1500", "0", "0", "0", 0, Set.of(HardshipType.LOW_INCOME)));
        assertThat(result.eligible()).isFalse();
        assertThat(result.clause().code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(result.suggestedAidAmount()).isEmpty();
        assertThat(result.explanation()).contains("不符合附件3第一部分的任何一项", "第一部分（一）", "第一部分（二）",
                "第一部分（三）", "连续低于标准0个月", "无患病、子女上学、残疾、单亲等特殊困难", "不予资助");
    }

    @Test
    void anExclusionOverridesAClauseMet() {
        HouseholdFacts facts = new HouseholdFacts("长春市", 2, new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.LOW_INCOME), false, false, false, 2, new BigDecimal("60"),
                true, false, false, true);
        EligibilityResult result = check.check(facts);
        assertThat(result.clauseMet()).isTrue();
        assertThat(result.eligible()).isFalse();
        assertThat(result.exclusionCodes()).containsExactlyInAnyOrder("MULTIPLE_HOMES", "BUSINESS_OWNER");
        assertThat(result.explanation()).contains("存在不予资助情形", "人均住房面积30平方米", "拥有商业店铺");
    }

    @Test
    void listsTheDocumentsToAttach() {
        HouseholdFacts facts = new HouseholdFacts("长春市", 1, new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.SERIOUS_ILLNESS), false, true, true, 0, BigDecimal.ZERO,
                false, false, false, true);
        assertThat(check.check(facts).documentCodes()).containsExactlyInAnyOrder(
                "ID_AND_BANK_CARD", "LOW_INCOME_CERTIFICATE", "DISABILITY_CERTIFICATE", "DIAGNOSIS");
    }

    @Test
    void anUnknownRegionIsAClearErrorNotAZero() {
        HouseholdFacts facts = new HouseholdFacts("吉林市", 1, new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.LOW_INCOME), false, false, false, 0, BigDecimal.ZERO,
                false, false, false, true);
        assertThatThrownBy(() -> check.check(facts)).isInstanceOf(UnknownRegion.class)
                .hasMessageContaining("吉林市").hasMessageContaining("长春市");
        assertThat(check.regions()).containsExactly("长春市");
    }

    @Test
    void aRedeployedRuleAppliesToNewChecksAndOldResultsKeepTheirVersion() throws IOException {
        HouseholdFacts facts = household(1, "1500", "0", "0", "0", 0, Set.of(HardshipType.SERIOUS_ILLNESS));
        EligibilityResult before = check.check(facts);
        assertThat(before.eligible()).as("1500 > 200% of 620").isFalse();

        String threeHundredPercent = Files.readString(Path.of("dmn/EligibilityRules.dmn"))
                .replace("&lt;= 2 * minimumStandard", "&lt;= 3 * minimumStandard");
        engine.manageDeployment(engine.getProcessEngine().getRepositoryService().createDeployment()
                .addString("EligibilityRules.dmn", threeHundredPercent).deploy());

        EligibilityResult after = check.check(facts);
        assertThat(after.eligible()).as("1500 ≤ 300% of 620").isTrue();
        assertThat(after.clause().code()).isEqualTo("CLAUSE_2_SPECIAL_HARDSHIP");
        assertThat(version(before, "EligibilityRules")).isEqualTo(1);
        assertThat(version(after, "EligibilityRules")).isEqualTo(2);
    }

    /** The engine's own instance, which its deployments clear, as in the application. */
    private static LatestDecisions latestDecisionsOf(ProcessEngine processEngine) {
        return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getProcessEnginePlugins()
                .stream().filter(LatestDecisions.class::isInstance).map(LatestDecisions.class::cast).findFirst()
                .orElseThrow();
    }

    private static int version(EligibilityResult result, String key) {
        return result.decisions().stream().filter(ref -> ref.key().equals(key)).findFirst().orElseThrow().version();
    }

    private static HouseholdFacts household(int size, String income, String tax, String social, String expenses,
            int months, Set<HardshipType> types) {
        return new HouseholdFacts("长春市", size, new BigDecimal(income), new BigDecimal(tax), new BigDecimal(social),
                new BigDecimal(expenses), months, EnumSet.copyOf(types), false, false, false, 1,
                new BigDecimal("40"), false, false, false, true);
    }
}
