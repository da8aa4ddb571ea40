package org.warmaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The application's own way from a form to a decision, at every threshold of 附件3 and on both sides
 * of it, with households of three whose per-person figures do not come out even: the pre-check a
 * unit sees while typing and the official check of the saved, submitted registration must agree.
 */
@MariaDbIntegrationTest
class ThresholdsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    EligibilityChecks checks;

    ApiClient unitApi;

    @BeforeEach
    void unit() {
        fixtures.openCampaign();
        Fixtures.UnitLogin unit = fixtures.newUnit();
        unitApi = new ApiClient(port, unit.accountId(), unit.password());
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of("（一）1859.99÷3 = 619.9966… < 620", lowIncome("1859.99"), "CLAUSE_1_BELOW_MINIMUM", List.of(),
                        "人均可支配收入619.9966…元"),
                Arguments.of("（一）1860.00÷3 = 620，不低于620", lowIncome("1860.00"), "NOT_ELIGIBLE", List.of(),
                        "人均可支配收入620.00元"),
                Arguments.of("（二）3720.00÷3 = 1240，200%（含）", special("3720.00"), "CLAUSE_2_SPECIAL_HARDSHIP", List.of(),
                        "人均可支配收入1240.00元"),
                Arguments.of("（二）3720.01÷3 = 1240.0033… > 1240", special("3720.01"), "NOT_ELIGIBLE", List.of(),
                        "人均可支配收入1240.0033…元"),
                Arguments.of("（三）(5000−1280.01)÷3 = 1239.9966…", sudden("1280.01"), "CLAUSE_3_SUDDEN_HARDSHIP", List.of(),
                        "人均实际生活水平1239.9966…元"),
                Arguments.of("（三）(5000−1279.99)÷3 = 1240.0033…", sudden("1279.99"), "NOT_ELIGIBLE", List.of(),
                        "人均实际生活水平1240.0033…元"),
                Arguments.of("（三）大重病，突发困难一项答“否”", seriousIllness(), "CLAUSE_3_SUDDEN_HARDSHIP", List.of(),
                        "人均实际生活水平1000.00元"),
                Arguments.of("第二部分（一）2套75.00平方米÷3 = 25，未超过", homes("75.00"), "CLAUSE_1_BELOW_MINIMUM", List.of(),
                        "结论：符合资助条件"),
                Arguments.of("第二部分（一）2套75.01平方米÷3 = 25.0033… > 25", homes("75.01"), "CLAUSE_1_BELOW_MINIMUM",
                        List.of("MULTIPLE_HOMES"), "人均住房面积25.0033…平方米"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void thePrecheckAndTheSavedRegistrationDecideAlike(String boundary, RegistrationForm form, String clause,
            List<String> exclusions, String figureShown) {
        boolean fundable = !clause.equals("NOT_ELIGIBLE") && exclusions.isEmpty();

        Answer precheck = unitApi.post("/api/registrations/precheck", form);
        assertThat(precheck.status()).as(precheck.body().toString()).isEqualTo(200);
        assertThat(precheck.body().get("clause").asText()).as(boundary).isEqualTo(clause);
        assertThat(precheck.body().get("eligible").asBoolean()).as(boundary).isEqualTo(fundable);
        assertThat(precheck.body().get("exclusions").findValuesAsText("code")).as(boundary)
                .containsExactlyElementsOf(exclusions);
        assertThat(precheck.body().get("explanation").asText()).as("the figure as compared, not rounded across the threshold")
                .contains(figureShown);

        Answer created = unitApi.post("/api/registrations", form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(unitApi.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);

        EligibilityRecord record = checks.latest(id).orElseThrow();
        assertThat(record.getClause()).as(boundary).isEqualTo(clause);
        assertThat(record.getExclusions()).as(boundary).containsExactlyElementsOf(exclusions);
        assertThat(record.isEligible()).as(boundary).isEqualTo(fundable);
        assertThat(record.getExplanation()).isEqualTo(precheck.body().get("explanation").asText());
        assertThat(registrations.findById(id).orElseThrow().getStage()).as(boundary)
                .isEqualTo(fundable ? Stage.PARTY_REVIEW : Stage.RETURNED);
    }

    private static RegistrationForm lowIncome(String income) {
        RegistrationForm form = householdOfThree(income, EnumSet.of(HardshipType.LOW_INCOME));
        form.setMonthsBelowStandard(6);
        return form;
    }

    private static RegistrationForm special(String income) {
        return householdOfThree(income, EnumSet.of(HardshipType.OTHER));
    }

    private static RegistrationForm sudden(String necessaryExpenses) {
        RegistrationForm form = householdOfThree("5000.00", EnumSet.of(HardshipType.DISASTER));
        form.setSuddenHardship(true);
        form.setNecessaryExpenses(new BigDecimal(necessaryExpenses));
        return form;
    }

    private static RegistrationForm seriousIllness() {
        RegistrationForm form = householdOfThree("5000.00", EnumSet.of(HardshipType.SERIOUS_ILLNESS));
        form.setSuddenHardship(false);
        form.setNecessaryExpenses(new BigDecimal("2000.00"));
        return form;
    }

    private static RegistrationForm homes(String area) {
        RegistrationForm form = lowIncome("900.00");
        form.setHomeCount(2);
        form.setHousingArea(new BigDecimal(area));
        return form;
    }

    private static RegistrationForm householdOfThree(String income, EnumSet<HardshipType> types) {
        RegistrationForm form = SampleRegistrations.valid();
        form.setHouseholdSize(3);
        form.setFamilyMembers(List.of(new FamilyMemberForm("王丽", 44, "配偶", "无"),
                new FamilyMemberForm("刘小雨", 12, "女儿", "小学学生")));
        form.setHouseholdMonthlyIncome(new BigDecimal(income));
        form.setIncomeTax(BigDecimal.ZERO);
        form.setSocialSecurityContributions(BigDecimal.ZERO);
        form.setNecessaryExpenses(BigDecimal.ZERO);
        form.setMonthsBelowStandard(0);
        form.setSuddenHardship(false);
        form.setHardshipTypes(types);
        form.setHomeCount(1);
        form.setHousingArea(new BigDecimal("60.00"));
        return form;
    }
}
