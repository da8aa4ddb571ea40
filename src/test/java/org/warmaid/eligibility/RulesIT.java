package org.warmaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;
import org.warmaid.support.SampleRegistrations;

/** The rules as the running system offers them: REST evaluation, pre-check, redeployment by an analyst. */
@MariaDbIntegrationTest
class RulesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient unitApi;

    @BeforeEach
    void unit() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        unitApi = new ApiClient(port, unit.accountId(), unit.password());
    }

    @Test
    void everyDecisionIsEvaluableOnItsOwnThroughTheEngineRestApi() {
        ApiClient analyst = new ApiClient(port, "analyst", "demo");
        assertThat(evaluate(analyst, "MinimumLivingStandard", Map.of("region", string("长春市")))
                .get(0).get("minimumStandard").get("value").asDouble()).isEqualTo(620.0);
        assertThat(evaluate(analyst, "MinimumLivingStandard", Map.of("region", string("吉林市")))).isEmpty();

        JsonNode exclusions = evaluate(analyst, "ExclusionRules", Map.of(
                "homeCount", typed(2, "Integer"), "housingAreaPerPerson", typed(25.5, "Double"),
                "ownsShopOrEmploysOthers", typed(false, "Boolean"), "childInPrivateSchoolOrAbroad", typed(false, "Boolean"),
                "usesShipsOrMachinery", typed(false, "Boolean"), "declaredTruthfully", typed(false, "Boolean")));
        assertThat(exclusions.findValuesAsText("value")).containsExactlyInAnyOrder("MULTIPLE_HOMES", "UNTRUTHFUL_DECLARATION");

        JsonNode eligibility = evaluate(analyst, "EligibilityRules", Map.of(
                "perCapitaIncome", typed(1240, "Double"), "minimumStandard", typed(620, "Double"),
                "monthsBelowStandard", typed(0, "Integer"), "specialHardship", typed(true, "Boolean"),
                "suddenHardship", typed(false, "Boolean"), "perCapitaLivingLevel", typed(1240, "Double")));
        assertThat(eligibility.get(0).get("eligibilityClause").get("value").asText()).isEqualTo("CLAUSE_2_SPECIAL_HARDSHIP");
        assertThat(eligibility.get(0).get("eligible").get("value").asBoolean()).isTrue();

        JsonNode documents = evaluate(analyst, "RequiredDocuments", Map.of("minimumLivingAllowance", typed(true, "Boolean"),
                "disabled", typed(false, "Boolean"), "seriousIllness", typed(true, "Boolean")));
        assertThat(documents.findValuesAsText("value")).containsExactlyInAnyOrder("ID_AND_BANK_CARD",
                "LOW_INCOME_CERTIFICATE", "DIAGNOSIS");

        assertThat(evaluate(analyst, "AidAmount", Map.of("eligibilityClause", string("CLAUSE_1_BELOW_MINIMUM")))
                .get(0).get("aidAmount").get("value").asDouble()).isPositive();

        assertThat(evaluate(analyst, "AidCategoryMeansTest", Map.of("aidCategory", typed(5, "Integer")))
                .get(0).get("meansTested").get("value").asBoolean()).isFalse();
        assertThat(evaluate(analyst, "AidCategoryMeansTest", Map.of("aidCategory", typed(1, "Integer")))
                .get(0).get("meansTested").get("value").asBoolean()).isTrue();
    }

    @Test
    void preChecksADraftWithoutSavingAnything() {
        long before = registrationCount();
        RegistrationForm draft = SampleRegistrations.valid();
        Answer answer = unitApi.post("/api/registrations/precheck", draft);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("complete").asBoolean()).isTrue();
        assertThat(answer.body().get("eligible").asBoolean()).isTrue();
        assertThat(answer.body().get("clause").asText()).isEqualTo("CLAUSE_1_BELOW_MINIMUM");
        assertThat(answer.body().get("explanation").asText()).contains("人均可支配收入450.00元", "第一部分（一）");
        assertThat(answer.body().get("requiredDocuments").findValuesAsText("code")).contains("ID_AND_BANK_CARD", "DIAGNOSIS");

        RegistrationForm partial = new RegistrationForm();
        partial.setHouseholdSize(3);
        Answer incomplete = unitApi.post("/api/registrations/precheck", partial);
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body().get("complete").asBoolean()).isFalse();
        assertThat(incomplete.body().get("missing").toString()).contains("家庭月收入", "必要支出");

        draft.setRegion("吉林市");
        Answer unknown = unitApi.post("/api/registrations/precheck", draft);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.firstField()).isEqualTo("region");
        assertThat(unknown.firstMessage()).contains("吉林市", "长春市");

        assertThat(registrationCount()).isEqualTo(before);
    }

    @Test
    void refusesARegistrationForARegionWithoutAStandard() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setRegion("吉林市");
        Answer answer = unitApi.post("/api/registrations", form);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstField()).isEqualTo("region");
    }

    @Test
    void anAnalystRedeploysARuleAndNewChecksUseItWithoutARestart() throws Exception {
        RegistrationForm draft = SampleRegistrations.valid();
        draft.setHouseholdMonthlyIncome(new java.math.BigDecimal("3000"));
        draft.setNecessaryExpenses(java.math.BigDecimal.ZERO);
        draft.setHouseholdSize(2);
        assertThat(unitApi.post("/api/registrations/precheck", draft).body().get("eligible").asBoolean())
                .as("1450 per person is above 200% of 620").isFalse();

        String original = Files.readString(Path.of("dmn/EligibilityRules.dmn"));
        try {
            deployAsAnalyst(original.replace("&lt;= 2 * minimumStandard", "&lt;= 3 * minimumStandard"));
            assertThat(unitApi.post("/api/registrations/precheck", draft).body().get("eligible").asBoolean())
                    .as("1450 per person is within 300% of 620").isTrue();
        } finally {
            deployAsAnalyst(original);
        }
        assertThat(unitApi.post("/api/registrations/precheck", draft).body().get("eligible").asBoolean()).isFalse();
    }

    private void deployAsAnalyst(String dmn) {
        Multipart body = new Multipart()
                .field("deployment-name", "warm-aid-rules")
                .field("deploy-changed-only", "true")
                .file("EligibilityRules.dmn", "EligibilityRules.dmn", "application/xml", dmn.getBytes(StandardCharsets.UTF_8));
        Http http = new Http(port);
        var response = http.send(http.request("/engine-rest/deployment/create")
                .header("Authorization", Http.basic("analyst", "demo"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode evaluate(ApiClient client, String key, Map<String, Object> variables) {
        Answer answer = client.post("/engine-rest/decision-definition/key/" + key + "/evaluate", Map.of("variables", variables));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private long registrationCount() {
        return jdbc.queryForObject("select count(*) from registration", Long.class);
    }
}
