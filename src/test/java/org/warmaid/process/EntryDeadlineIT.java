package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.campaign.Campaign;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.Stage;
import org.warmaid.review.ReviewStep;
import org.warmaid.review.Reviews;
import org.warmaid.review.StepDecision;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.Fixtures;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;

/**
 * The closing time with a unit's registrations in every state: complete drafts count as declared and
 * go on to review, incomplete ones end given up with their reasons shown to the unit, declared ones
 * are not touched, deleted ones stay deleted; nothing complete is lost. From three days before, the
 * unit's pages list what the closing time would give up.
 */
@MariaDbIntegrationTest
class EntryDeadlineIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistrationDirectory registrations;
    @Autowired
    Reviews reviews;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    UnitLogin unit;
    ApiClient api;
    Campaign campaign;

    @BeforeEach
    void unit() {
        campaign = fixtures.openCampaign();
        unit = fixtures.newUnit();
        api = new ApiClient(port, unit.accountId(), unit.password());
    }

    @AfterEach
    void resetClock() {
        fixtures.clock().reset();
    }

    @Test
    void atTheClosingTimeCompleteDraftsAreDeclaredAndIncompleteOnesEndWithTheirReasons() {
        long completeDraft = create(SampleRegistrations.valid());
        long incompleteDraft = create(SampleRegistrations.valid());
        // saved under earlier rules, or changed in the database: no address and a name that is no name
        transactions.executeWithoutResult(status ->
                jdbc.update("update registration set address = '', name = '<b>王</b>' where id = ?", incompleteDraft));
        long declared = create(SampleRegistrations.valid());
        assertThat(api.post("/api/registrations/" + declared + "/submit", "").status()).isEqualTo(200);
        RegistrationForm wellOff = SampleRegistrations.valid();
        wellOff.setHouseholdMonthlyIncome(new BigDecimal("8000"));
        long completeButNotEligible = create(wellOff);
        long deleted = create(SampleRegistrations.valid());
        assertThat(api.delete("/api/registrations/" + deleted).status()).isEqualTo(204);

        fixtures.clock().advance(Duration.between(fixtures.clock().instant(), campaign.getEntryDeadline())
                .minus(Duration.ofDays(2)));
        String page = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password())
                .get("/portal/registrations").body();
        assertThat(page).as("listed on every page from three days before").contains("id=\"deadline-check\"",
                "以下 1 条登记不完整，截止时将视为放弃", "请填写家庭现住址", "姓名只能由汉字、字母",
                "2 条已保存完整、尚未上报的登记，截止时将视为已上报");
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        for (String other : List.of("/portal/summary", "/portal/registrations/new", "/account/password")) {
            assertThat(portal.get(other).body()).as(other).contains("id=\"deadline-check\"", "请填写家庭现住址");
        }

        fixtures.clock().advance(Duration.ofDays(3));
        fireEntryTimers();

        assertThat(stage(completeDraft)).as("complete and saved: declared, on to the party committee")
                .isEqualTo(Stage.PARTY_REVIEW);
        assertThat(registrations.findById(completeDraft).orElseThrow().getSubmittedAt()).isNotNull();
        assertThat(decisions(completeDraft)).containsExactly(StepDecision.DECLARED_AT_DEADLINE, StepDecision.ELIGIBLE);

        assertThat(stage(incompleteDraft)).isEqualTo(Stage.ABANDONED);
        ReviewStep abandoned = reviews.historyForUnit(incompleteDraft).get(0);
        assertThat(abandoned.getDecision()).isEqualTo(StepDecision.ABANDONED);
        assertThat(abandoned.getComment()).contains("请填写家庭现住址", "姓名只能由汉字、字母");
        assertThat(api.get("/api/registrations/" + incompleteDraft + "/outcome").body().get("notAidedReason").asText())
                .as("the unit sees why").contains("视为放弃", "请填写家庭现住址");

        assertThat(stage(declared)).as("declared before: untouched").isEqualTo(Stage.PARTY_REVIEW);
        assertThat(decisions(declared)).containsExactly(StepDecision.SUBMITTED, StepDecision.ELIGIBLE);
        assertThat(stage(deleted)).isEqualTo(Stage.WITHDRAWN);

        Registration returned = registrations.findById(completeButNotEligible).orElseThrow();
        assertThat(returned.getStage()).as("declared, checked, returned with the reasons").isEqualTo(Stage.RETURNED);
        assertThat(returned.getCorrectionDeadline()).as("returned after the closing time: a window of its own")
                .isAfter(campaign.getEntryDeadline());

        fireEntryTimers();
        assertThat(stage(completeButNotEligible)).as("unchanged in its correction window").isEqualTo(Stage.ABANDONED);
        assertThat(reviews.historyForUnit(completeButNotEligible)).last().extracting(ReviewStep::getComment).asString()
                .contains("更正期限内未修改");
        assertThat(stage(completeDraft)).isEqualTo(Stage.PARTY_REVIEW);
    }

    @Test
    void theUnitTakesBackADeclarationThePartyHasNotDecidedUntilTheClosingTime() {
        long id = create(SampleRegistrations.valid());
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        String reference = registrations.findById(id).orElseThrow().getReference();

        ApiClient.Answer takenBack = api.post("/api/registrations/" + id + "/take-back", "");
        assertThat(takenBack.status()).as(takenBack.body().toString()).isEqualTo(200);
        assertThat(takenBack.body().get("stage").asText()).isEqualTo("ENTERED");
        assertThat(takenBack.body().get("submittedAt").isNull()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()).isNotNull();
        assertThat(activeTasks(reference)).containsExactly(ProcessIds.TASK_ENTER_REGISTRATION);
        assertThat(decisions(id)).containsExactly(StepDecision.SUBMITTED, StepDecision.ELIGIBLE, StepDecision.TAKEN_BACK);

        var current = (com.fasterxml.jackson.databind.node.ObjectNode) api.get("/api/registrations/" + id).body();
        current.put("address", "长春市南关区人民大街3号");
        assertThat(api.put("/api/registrations/" + id, current).status()).as("changed after taking it back").isEqualTo(200);
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo(Stage.PARTY_REVIEW);

        String party = fixtures.newPartyReviewer(unit.unitCode());
        new org.warmaid.support.EngineRest(port, party, Fixtures.PASSWORD).submitForm(
                new org.warmaid.support.EngineRest(port, party, Fixtures.PASSWORD).task(reference).get("id").asText(),
                Map.of("partyDecision", "APPROVE"));
        ApiClient.Answer decided = api.post("/api/registrations/" + id + "/take-back", "");
        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.firstMessage()).contains("党委尚未审核");
        assertThat(stage(id)).isEqualTo(Stage.PROVINCIAL_REVIEW);

        long late = create(SampleRegistrations.valid());
        assertThat(api.post("/api/registrations/" + late + "/submit", "").status()).isEqualTo(200);
        fixtures.clock().advance(Duration.ofDays(30));
        ApiClient.Answer closed = api.post("/api/registrations/" + late + "/take-back", "");
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.firstMessage()).contains("申报已截止");
        assertThat(stage(late)).isEqualTo(Stage.PARTY_REVIEW);
    }

    private void fireEntryTimers() {
        List<String> instances = runtime.createProcessInstanceQuery().variableValueEquals(ProcessVariables.UNIT_CODE,
                unit.unitCode()).list().stream().map(instance -> instance.getId()).toList();
        for (String instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
                management.executeJob(job.getId());
            }
        }
    }

    private List<String> activeTasks(String reference) {
        return jdbc.queryForList("select t.TASK_DEF_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on t.PROC_INST_ID_ = e.ID_ "
                + "where e.BUSINESS_KEY_ = ?", String.class, reference);
    }

    private long create(RegistrationForm form) {
        ApiClient.Answer created = api.post("/api/registrations", form);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private Stage stage(long id) {
        return registrations.findById(id).orElseThrow().getStage();
    }

    private List<StepDecision> decisions(long id) {
        return reviews.history(id).stream().map(ReviewStep::getDecision).toList();
    }
}
