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
import org.warmaid.eligibility.UnknownRegion;
import org.warmaid.process.SystemAccess;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Household;

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
                .containsExactly("AidCategoryMeansTest", "MinimumLivingStandard", "ExclusionRules", "EligibilityRules",
                        "RequiredDocuments", "AidAmount");
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
        Household facts = new Household("长春市", 2, new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.LOW_INCOME), false, false, false, 2, new BigDecimal("60"),
                true, false, false, true, 1);
        EligibilityResult result = check.check(facts);
        assertThat(result.clauseMet()).isTrue();
        assertThat(result.eligible()).isFalse();
        assertThat(result.exclusionCodes()).containsExactlyInAnyOrder("MULTIPLE_HOMES", "BUSINESS_OWNER");
        assertThat(result.explanation()).contains("存在不予资助情形", "人均住房面积30平方米", "拥有商业店铺");
    }

    @Test
    void listsTheDocumentsToAttach() {
        Household facts = new Household("长春市", 1, new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.SERIOUS_ILLNESS), false, true, true, 0, BigDecimal.ZERO,
                false, false, false, true, 1);
        assertThat(check.check(facts).documentCodes()).containsExactlyInAnyOrder(
                "ID_AND_BANK_CARD", "LOW_INCOME_CERTIFICATE", "DISABILITY_CERTIFICATE", "DIAGNOSIS");
    }

    @Test
    void anUnknownRegionIsAClearErrorNotAZero() {
        Household facts = new Household("吉林市", 1, new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.LOW_INCOME), false, false, false, 0, BigDecimal.ZERO,
                false, false, false, true, 1);
        assertThatThrownBy(() -> check.check(facts)).isInstanceOf(UnknownRegion.class)
                .hasMessageContaining("吉林市").hasMessageContaining("长春市");
        assertThat(check.regions()).containsExactly("长春市");
    }

    @Test
    void aRedeployedRuleAppliesToNewChecksAndOldResultsKeepTheirVersion() throws IOException {
        Household facts = household(1, "1500", "0", "0", "0", 0, Set.of(HardshipType.SERIOUS_ILLNESS));
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

    @Test
    void clause1ComparesTheUnroundedIncomePerPerson() {
        EligibilityResult below = check.check(household(3, "1859.99", "0", "0", "0", 6, Set.of(HardshipType.LOW_INCOME)));
        assertThat(below.perCapitaIncome()).isLessThan(new BigDecimal("620"));
        assertThat(below.eligible()).as("1859.99 / 3 = 619.99666… is below 620").isTrue();
        assertThat(below.clause().code()).isEqualTo("CLAUSE_1_BELOW_MINIMUM");
        assertThat(below.explanation()).contains("人均可支配收入619.9966…元").doesNotContain("620.00元，");

        EligibilityResult at = check.check(household(3, "1860.00", "0", "0", "0", 6, Set.of(HardshipType.LOW_INCOME)));
        assertThat(at.eligible()).as("1860 / 3 = 620 is not below 620").isFalse();
        assertThat(at.explanation()).contains("人均可支配收入620.00元", "不符合资助条件");
    }

    @Test
    void clause2ComparesTheUnroundedIncomePerPersonWithTwiceTheStandard() {
        EligibilityResult within = check.check(household(3, "3720.00", "0", "0", "0", 0, Set.of(HardshipType.OTHER)));
        assertThat(within.clause().code()).as("3720 / 3 = 1240, 200%（含）").isEqualTo("CLAUSE_2_SPECIAL_HARDSHIP");

        EligibilityResult above = check.check(household(3, "3720.01", "0", "0", "0", 0, Set.of(HardshipType.OTHER)));
        assertThat(above.eligible()).as("3720.01 / 3 = 1240.00333… is above 200%").isFalse();
        assertThat(above.explanation()).contains("人均可支配收入1240.0033…元").doesNotContain("1240.00元");
    }

    @Test
    void clause3ComparesTheUnroundedLivingLevelPerPerson() {
        EligibilityResult within = check.check(sudden(3, "5000.00", "1280.01"));
        assertThat(within.clause().code()).as("(5000 − 1280.01) / 3 = 1239.99666…").isEqualTo("CLAUSE_3_SUDDEN_HARDSHIP");
        assertThat(within.explanation()).contains("人均实际生活水平1239.9966…元");

        EligibilityResult above = check.check(sudden(3, "5000.00", "1279.99"));
        assertThat(above.eligible()).as("(5000 − 1279.99) / 3 = 1240.00333…").isFalse();
        assertThat(above.explanation()).contains("人均实际生活水平1240.0033…元");
    }

    @Test
    void aSeriousIllnessIsTheMajorIllnessOfClause3EvenWhenTheSuddenHardshipAnswerIsNo() {
        Household facts = new Household("长春市", 3, new BigDecimal("5000.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("2000.00"), 0, EnumSet.of(HardshipType.SERIOUS_ILLNESS), false, false, false, 1,
                new BigDecimal("60"), false, false, false, true, 1);
        EligibilityResult result = check.check(facts);
        assertThat(result.suddenHardship()).isTrue();
        assertThat(result.eligible()).isTrue();
        assertThat(result.clause().code()).as("1666.67 per person is above 200% for (二); (5000 − 2000) / 3 = 1000 for (三)")
                .isEqualTo("CLAUSE_3_SUDDEN_HARDSHIP");
    }

    @Test
    void multipleHomesComparesTheUnroundedAreaPerPerson() {
        EligibilityResult over = check.check(homes(3, 2, "75.01"));
        assertThat(over.exclusionCodes()).as("75.01 / 3 = 25.00333… m² is over 25").containsExactly("MULTIPLE_HOMES");
        assertThat(over.explanation()).contains("人均住房面积25.0033…平方米");

        assertThat(check.check(homes(3, 2, "75.00")).exclusionCodes()).as("75 / 3 = 25 is not over 25").isEmpty();
    }

    private static Household sudden(int size, String income, String expenses) {
        return new Household("长春市", size, new BigDecimal(income), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(expenses), 0, EnumSet.of(HardshipType.DISASTER), true, false, false, 1,
                new BigDecimal("40"), false, false, false, true, 1);
    }

    private static Household homes(int size, int homeCount, String area) {
        return new Household("长春市", size, new BigDecimal("900"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 12, EnumSet.of(HardshipType.LOW_INCOME), false, false, false, homeCount,
                new BigDecimal(area), false, false, false, true, 1);
    }

    @Test
    void categoriesFiveAndSixAreNotMeansTestedButStillGetTheirDocumentsAndADefaultAmount() {
        for (int category : new int[] {5, 6}) {
            Household wellOff = new Household("长春市", 2, new BigDecimal("20000"), BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, 0, EnumSet.of(HardshipType.OTHER), false, false, false, 3, new BigDecimal("300"),
                    true, false, false, true, category);
            EligibilityResult result = check.check(wellOff);
            assertThat(result.eligible()).as("category %d", category).isTrue();
            assertThat(result.clause().code()).isEqualTo("NOT_MEANS_TESTED");
            assertThat(result.exclusions()).as("附件3's exclusions belong to its means test").isEmpty();
            assertThat(result.documentCodes()).containsExactly("ID_AND_BANK_CARD");
            assertThat(result.suggestedAidAmount()).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("500"));
            assertThat(result.explanation()).contains("不需按附件3认定家庭困难", "仍须经党委审核", "结论：符合送温暖条件");
            assertThat(result.decisions()).extracting(ref -> ref.key()).containsExactly("AidCategoryMeansTest",
                    "MinimumLivingStandard", "RequiredDocuments", "AidAmount");
        }
        Household sameHouseholdAsHardship = new Household("长春市", 2, new BigDecimal("20000"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, EnumSet.of(HardshipType.OTHER), false, false, false, 3,
                new BigDecimal("300"), true, false, false, true, 1);
        assertThat(check.check(sameHouseholdAsHardship).eligible()).as("category (一) is means-tested").isFalse();
    }

    @Test
    void analystsDecideWhichCategoriesAreMeansTested() throws IOException {
        Household modelWorker = new Household("长春市", 1, new BigDecimal("9000"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, EnumSet.of(HardshipType.OTHER), false, false, false, 1, new BigDecimal("40"),
                false, false, false, true, 6);
        assertThat(check.check(modelWorker).eligible()).isTrue();
        String allTested = Files.readString(Path.of("dmn/AidCategoryMeansTest.dmn"))
                .replace("<text>false</text>", "<text>true</text>");
        engine.manageDeployment(engine.getProcessEngine().getRepositoryService().createDeployment()
                .addString("AidCategoryMeansTest.dmn", allTested).deploy());
        EligibilityResult after = check.check(modelWorker);
        assertThat(after.eligible()).as("9000 a month is no hardship once category (六) is means-tested").isFalse();
        assertThat(after.clause().code()).isEqualTo("NOT_ELIGIBLE");
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

    private static Household household(int size, String income, String tax, String social, String expenses,
            int months, Set<HardshipType> types) {
        return new Household("长春市", size, new BigDecimal(income), new BigDecimal(tax), new BigDecimal(social),
                new BigDecimal(expenses), months, EnumSet.copyOf(types), false, false, false, 1,
                new BigDecimal("40"), false, false, false, true, 1);
    }
}
