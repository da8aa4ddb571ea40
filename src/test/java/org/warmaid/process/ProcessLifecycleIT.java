package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.eligibility.EligibilityRecord;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PaymentStatus;
import org.warmaid.payout.Payouts;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.review.ReviewStep;
import org.warmaid.review.Reviews;
import org.warmaid.review.StepDecision;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * A registration created through the JSON API carried through every stage on real MariaDB, by the
 * people and through the calls Tasklist uses (the engine REST API with each reviewer's account).
 */
@MariaDbIntegrationTest
class ProcessLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Payouts payouts;

    @Autowired
    Reviews reviews;

    @Autowired
    EligibilityChecks eligibilityChecks;

    UnitLogin unit;
    ApiClient unitApi;
    EngineRest party;
    EngineRest reviewer = null;

    @BeforeEach
    void people() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        unitApi = new ApiClient(port, unit.accountId(), unit.password());
        party = new EngineRest(port, fixtures.newPartyReviewer(unit.unitCode()), Fixtures.PASSWORD);
        reviewer = new EngineRest(port, "reviewer", "demo");
    }

    @Test
    void fromEntryToPaidThroughEveryStage() {
        Answer created = unitApi.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        assertThat(unitApi.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo(Stage.PARTY_REVIEW);
        EligibilityRecord check = eligibilityChecks.latest(id).orElseThrow();
        assertThat(check.getRegistrationId()).isEqualTo(id);
        assertThat(check.getCheckedAt()).isCloseTo(Instant.now(), within(10, ChronoUnit.MINUTES));
        assertThat(check.getRegion()).isEqualTo("长春市");
        assertThat(check.isEligible()).isTrue();
        assertThat(check.isClauseMet()).isTrue();
        assertThat(check.getExclusions()).isEmpty();
        assertThat(check.getRequiredDocuments()).containsExactly("ID_AND_BANK_CARD", "DIAGNOSIS");
        assertThat(check.getSuggestedAidAmount()).isEqualByComparingTo("1000");
        assertThat(check.getMinimumStandard()).isPositive();
        assertThat(check.getExplanation()).isNotBlank();
        assertThat(check.getDecisions()).contains("MinimumLivingStandard v", "ExclusionRules v", "EligibilityRules v",
                "RequiredDocuments v", "AidAmount v");

        JsonNode partyTask = party.task(reference);
        assertThat(partyTask.get("taskDefinitionKey").asText()).isEqualTo(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);
        assertThat(partyTask.get("formKey").asText()).as("the form Tasklist embeds").isEqualTo("embedded:/review/task-form");
        assertThat(party.submitForm(partyTask.get("id").asText(), Map.of("partyDecision", "APPROVE", "partyComment", "情况属实")).status())
                .isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.PROVINCIAL_REVIEW);

        JsonNode provincialTask = reviewer.task(reference);
        JsonNode formVariables = reviewer.get("/task/" + provincialTask.get("id").asText() + "/form-variables").body();
        assertThat(formVariables.get("aidAmount").get("value").asDouble()).as("prefilled from AidAmount").isEqualTo(1000.0);
        assertThat(formVariables.has("spotCheck")).isTrue();
        assertThat(formVariables.has("idNumber")).as("no personal data in variables").isFalse();
        assertThat(reviewer.submitForm(provincialTask.get("id").asText(),
                Map.of("provincialDecision", "APPROVE", "aidAmount", 1200, "spotCheck", false)).status()).isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.DOCUMENT_CHECK);

        JsonNode documentTask = reviewer.task(reference);
        String required = reviewer.get("/task/" + documentTask.get("id").asText() + "/form-variables").body()
                .get("requiredDocuments").get("value").asText();
        assertThat(required).isEqualTo("ID_AND_BANK_CARD,DIAGNOSIS");
        assertThat(reviewer.submitForm(documentTask.get("id").asText(),
                Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS")).status()).isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.AWAITING_PAYOUT);

        Payment payment = payouts.openPayment(id).orElseThrow();
        assertThat(payment.getAmount()).isEqualByComparingTo("1200");
        assertThat(payment.getApprovedBy()).isEqualTo("reviewer");
        assertThat(payouts.confirm(payment.getId(), "finance")).isTrue();
        assertThat(payouts.confirm(payment.getId(), "finance")).as("a second confirmation changes nothing").isFalse();
        assertThat(stage(id)).isEqualTo(Stage.PAID);
        assertThat(payouts.history(id)).singleElement().extracting(Payment::getStatus).isEqualTo(PaymentStatus.PAID);

        JsonNode history = reviewer.get("/history/activity-instance?processInstanceId=" + partyTask.get("processInstanceId").asText()
                + "&sortBy=startTime&sortOrder=asc").body();
        assertThat(history.findValuesAsText("activityId")).contains(ProcessIds.TASK_ENTER_REGISTRATION,
                ProcessIds.TASK_CHECK_ELIGIBILITY, ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE,
                ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION, ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS,
                ProcessIds.TASK_PAY_OUT, ProcessIds.END_PAID);
        assertThat(reviews.history(id)).extracting(ReviewStep::getDecision)
                .containsExactly(StepDecision.SUBMITTED, StepDecision.ELIGIBLE, StepDecision.APPROVE, StepDecision.APPROVE,
                        StepDecision.COMPLETE, StepDecision.PAID);
        assertThat(reviews.history(id).get(0).getActor()).isEqualTo(unit.accountId());

        JsonNode outcome = unitApi.get("/api/registrations/" + id + "/outcome").body();
        assertThat(outcome.get("approvedAmount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(outcome.get("paidAmount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(outcome.get("paidAt").isNull()).as("the payment day").isFalse();
        assertThat(outcome.get("notAidedReason").isNull()).isTrue();
        assertThat(outcome.get("steps").findValuesAsText("comment")).as("each review's comment").contains("情况属实");
        assertThat(outcome.toString()).as("nothing of who decided").doesNotContain("reviewer", "finance");
        String list = org.warmaid.support.PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password())
                .get("/portal/registrations").body();
        assertThat(list).contains("已发放 1200.00元");
    }

    @Test
    void aRejectionReachesTheUnitWithItsReasonInTheListAndOnTheRegistration() {
        Answer created = unitApi.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        unitApi.post("/api/registrations/" + id + "/submit", "");
        assertThat(party.submitForm(party.task(reference).get("id").asText(),
                Map.of("partyDecision", "REJECT", "partyComment", "经核实家庭收入高于所报")).status()).isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.REJECTED);

        JsonNode listed = unitApi.get("/api/registrations/outcomes").body();
        JsonNode mine = null;
        for (JsonNode row : listed) {
            if (row.get("id").asLong() == id) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("outcome").get("notAidedReason").asText()).isEqualTo("党委审核：不予通过。经核实家庭收入高于所报");
        var portal = org.warmaid.support.PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        assertThat(portal.get("/portal/registrations").body()).contains("不予资助：党委审核：不予通过。经核实家庭收入高于所报");
        assertThat(portal.get("/portal/registrations/" + id).body()).contains("id=\"outcome-not-aided\"", "经核实家庭收入高于所报");
    }

    @Test
    void aReturnNeedsACommentAndReachesTheUnitWithIt() {
        Answer created = unitApi.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        unitApi.post("/api/registrations/" + id + "/submit", "");
        String taskId = party.task(reference).get("id").asText();

        Answer refused = party.submitForm(taskId, Map.of("partyDecision", "RETURN"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asText()).isEqualTo("“审核结论”为“退回单位修改”或“不予通过”时，请填写“审核意见”");
        assertThat(stage(id)).isEqualTo(Stage.PARTY_REVIEW);

        assertThat(party.submitForm(taskId, Map.of("partyDecision", "RETURN", "partyComment", "请补充配偶收入证明")).status())
                .isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.RETURNED);
        JsonNode view = unitApi.get("/api/registrations/" + id).body();
        assertThat(view.get("returnReason").asText()).isEqualTo("党委审核退回：请补充配偶收入证明");
        assertThat(view.get("stageLabel").asText()).isEqualTo("已退回修改");

        assertThat(unitApi.post("/api/registrations/" + id + "/submit", "").status()).as("resubmitted").isEqualTo(200);
        assertThat(stage(id)).isEqualTo(Stage.PARTY_REVIEW);
    }

    @Test
    void anIneligibleRegistrationComesBackWithTheExplanation() {
        var form = SampleRegistrations.valid();
        form.setHouseholdMonthlyIncome(new java.math.BigDecimal("8000"));
        Answer created = unitApi.post("/api/registrations", form);
        long id = created.body().get("id").asLong();
        Answer submitted = unitApi.post("/api/registrations/" + id + "/submit", "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo(Stage.RETURNED);
        EligibilityRecord check = eligibilityChecks.latest(id).orElseThrow();
        assertThat(check.isEligible()).isFalse();
        assertThat(check.getSuggestedAidAmount()).isNull();
        assertThat(check.getDecisions()).doesNotContain("AidAmount");
        assertThat(unitApi.get("/api/registrations/" + id).body().get("returnReason").asText())
                .startsWith("资格认定未通过：").contains("不符合附件3第一部分的任何一项");
    }

    @Test
    void theProvincialReviewerRecordsAnUntruthfulDeclarationAndTheUnitSeesWhy() {
        Answer created = unitApi.post("/api/registrations", SampleRegistrations.valid());
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        unitApi.post("/api/registrations/" + id + "/submit", "");
        party.submitForm(party.task(reference).get("id").asText(), Map.of("partyDecision", "APPROVE"));
        String taskId = reviewer.task(reference).get("id").asText();

        Answer inconsistent = reviewer.submitForm(taskId, Map.of("provincialDecision", "APPROVE", "aidAmount", 1000,
                "provincialUntruthful", "true"));
        assertThat(inconsistent.status()).isEqualTo(400);
        assertThat(inconsistent.body().toString()).contains("不予通过");
        assertThat(stage(id)).isEqualTo(Stage.PROVINCIAL_REVIEW);

        assertThat(reviewer.submitForm(taskId, Map.of("provincialDecision", "REJECT", "provincialComment",
                "经核查，家庭另有商铺出租收入未申报", "provincialUntruthful", "true")).status()).isEqualTo(204);
        assertThat(stage(id)).isEqualTo(Stage.REJECTED);
        JsonNode outcome = unitApi.get("/api/registrations/" + id + "/outcome").body();
        assertThat(outcome.get("notAidedReason").asText()).contains("不如实提供家庭收入以及财产状况", "附件3第二部分（五）",
                "经核查，家庭另有商铺出租收入未申报");
        assertThat(reviews.history(id)).extracting(ReviewStep::getDecision).endsWith(StepDecision.REJECT, StepDecision.UNTRUTHFUL_DECLARATION);
    }

    @Test
    void aModelWorkerIsNotMeansTestedButReviewedDocumentedAndPaid() {
        var form = SampleRegistrations.valid();
        form.setAidCategory(6);
        form.setHouseholdMonthlyIncome(new java.math.BigDecimal("12000"));
        form.setHardshipTypes(java.util.EnumSet.of(org.warmaid.registration.HardshipType.OTHER));
        form.setHardshipReason("省级劳动模范，春节期间坚守生产一线");
        Answer created = unitApi.post("/api/registrations", form);
        long id = created.body().get("id").asLong();
        String reference = created.body().get("reference").asText();
        assertThat(unitApi.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(stage(id)).as("慰问 of category (六): no means test").isEqualTo(Stage.PARTY_REVIEW);
        EligibilityRecord check = eligibilityChecks.latest(id).orElseThrow();
        assertThat(check.getClause()).isEqualTo("NOT_MEANS_TESTED");
        assertThat(check.getDecisions()).contains("AidCategoryMeansTest v").doesNotContain("EligibilityRules v");

        assertThat(party.submitForm(party.task(reference).get("id").asText(), Map.of("partyDecision", "APPROVE")).status())
                .isEqualTo(204);
        String provincialTask = reviewer.task(reference).get("id").asText();
        assertThat(reviewer.get("/task/" + provincialTask + "/form-variables").body().get("aidAmount").get("value").asDouble())
                .as("the default amount of AidAmount's NOT_MEANS_TESTED row").isEqualTo(500.0);
        assertThat(reviewer.submitForm(provincialTask,
                Map.of("provincialDecision", "APPROVE", "aidAmount", 500, "spotCheck", false)).status()).isEqualTo(204);
        JsonNode documentTask = reviewer.task(reference);
        assertThat(reviewer.get("/task/" + documentTask.get("id").asText() + "/form-variables").body()
                .get("requiredDocuments").get("value").asText()).isEqualTo("ID_AND_BANK_CARD");
        assertThat(reviewer.submitForm(documentTask.get("id").asText(), Map.of("document_ID_AND_BANK_CARD", "PASS")).status())
                .isEqualTo(204);
        Payment payment = payouts.openPayment(id).orElseThrow();
        assertThat(payment.getAmount()).isEqualByComparingTo("500");
        assertThat(payouts.confirm(payment.getId(), "finance")).isTrue();
        assertThat(stage(id)).isEqualTo(Stage.PAID);
    }

    private Stage stage(long id) {
        return registrations.findById(id).map(Registration::getStage).orElseThrow();
    }
}
