package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.payout.Batches;
import org.warmaid.payout.Payment;
import org.warmaid.payout.PayoutBatch;
import org.warmaid.payout.PayoutRefused;
import org.warmaid.payout.Payouts;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.registration.Stage;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.CamundaWebappSession;
import org.warmaid.support.EngineRest;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Completing a task takes exactly its form's fields; process variables are written by administrators
 * and the application only; the payout is of the amount the provincial reviewer approved, by the
 * approver the review record names. Each attack first shows what it would touch (the other unit's
 * registration waiting, the write route working for an administrator), then that through the engine
 * REST API and the webapps' API it changes nothing.
 */
@MariaDbIntegrationTest
@ResourceLock(Fixtures.WAITING_PAYMENTS)
class CompletionAttacksIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistrationDirectory registrations;

    @Autowired
    Payouts payouts;

    @Autowired
    Batches batches;

    @Autowired
    IdentityAuthenticationProvider accounts;

    @Autowired
    RuntimeService runtime;

    UnitLogin unit;
    UnitLogin otherUnit;
    String partyReviewer;
    EngineRest party;
    EngineRest reviewer;
    EngineRest administrator;

    record Submitted(long id, String reference) {
    }

    @BeforeEach
    void people() {
        fixtures.openCampaign();
        unit = fixtures.newUnit();
        otherUnit = fixtures.newUnit();
        partyReviewer = fixtures.newPartyReviewer(unit.unitCode());
        party = new EngineRest(port, partyReviewer, Fixtures.PASSWORD);
        reviewer = new EngineRest(port, "reviewer", "demo");
        administrator = new EngineRest(port, "demo", "demo");
    }

    @Test
    void aPartyReviewerCannotMoveAnotherUnitsRegistrationWithForgedVariables() {
        Submitted own = submitted(unit);
        Submitted foreign = submitted(otherUnit);
        assertThat(stage(foreign)).as("the other unit's registration waits for its own party committee").isEqualTo(Stage.PARTY_REVIEW);
        String taskId = party.task(own.reference()).get("id").asText();
        Map<String, Object> forged = Map.of("partyDecision", "APPROVE", "registrationId", foreign.id(),
                "unitCode", otherUnit.unitCode());

        Answer rest = party.submitForm(taskId, forged);
        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.body().get("message").asText()).contains("“党委审核”的表单中没有“registrationId”这一项，不能提交");
        Answer complete = party.post("/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "partyDecision", Map.of("value", "APPROVE"), "unitCode", Map.of("value", otherUnit.unitCode()))));
        assertThat(complete.status()).isEqualTo(400);
        assertThat(complete.body().get("message").asText()).isEqualTo("“党委审核”的表单中没有“unitCode”这一项，不能提交");

        CamundaWebappSession tasklist = CamundaWebappSession.login(port, "tasklist", partyReviewer, Fixtures.PASSWORD);
        Answer webapp = tasklist.submitForm(taskId, forged);
        assertThat(webapp.status()).isEqualTo(400);
        assertThat(webapp.body().get("message").asText()).contains("没有“registrationId”这一项");

        assertThat(stage(own)).isEqualTo(Stage.PARTY_REVIEW);
        assertThat(stage(foreign)).isEqualTo(Stage.PARTY_REVIEW);
        assertThat(party.task(own.reference()).get("id").asText()).isEqualTo(taskId);

        assertThat(tasklist.submitForm(taskId, Map.of("partyDecision", "APPROVE")).status())
                .as("the form's own fields complete it").isEqualTo(204);
        assertThat(stage(own)).isEqualTo(Stage.PROVINCIAL_REVIEW);
        assertThat(stage(foreign)).isEqualTo(Stage.PARTY_REVIEW);
    }

    @Test
    void theBankFileCarriesTheAmountTheProvincialReviewerApproved() throws IOException {
        Submitted registration = submitted(unit);
        assertThat(party.submitForm(party.task(registration.reference()).get("id").asText(),
                Map.of("partyDecision", "APPROVE")).status()).isEqualTo(204);
        assertThat(reviewer.submitForm(reviewer.task(registration.reference()).get("id").asText(),
                Map.of("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", false)).status()).isEqualTo(204);
        JsonNode documentTask = reviewer.task(registration.reference());
        String taskId = documentTask.get("id").asText();
        String processInstance = documentTask.get("processInstanceId").asText();

        Answer inflated = reviewer.submitForm(taskId, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS",
                "aidAmount", 88888.88));
        assertThat(inflated.status()).isEqualTo(400);
        assertThat(inflated.body().get("message").asText()).isEqualTo("“佐证材料审核”的表单中没有“aidAmount”这一项，不能提交");
        assertThat(reviewer.submitForm(taskId, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS",
                "approvedBy", "finance")).status()).isEqualTo(400);
        CamundaWebappSession tasklist = CamundaWebappSession.login(port, "tasklist", "reviewer", "demo");
        assertThat(tasklist.submitForm(taskId, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS",
                "aidAmount", 88888.88)).status()).isEqualTo(400);
        assertThat(stage(registration)).isEqualTo(Stage.DOCUMENT_CHECK);

        // an administrator may write variables; even then the payout does not read them
        assertThat(administrator.put("/process-instance/" + processInstance + "/variables/aidAmount",
                Map.of("value", 88888.88, "type", "Double")).status()).isEqualTo(204);
        assertThat(administrator.put("/process-instance/" + processInstance + "/variables/approvedBy",
                Map.of("value", "finance", "type", "String")).status()).isEqualTo(204);
        assertThat(runtime.getVariable(processInstance, "aidAmount")).isEqualTo(88888.88);

        assertThat(tasklist.submitForm(taskId, Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"))
                .status()).isEqualTo(204);
        assertThat(stage(registration)).isEqualTo(Stage.AWAITING_PAYOUT);
        Payment payment = payouts.openPayment(registration.id()).orElseThrow();
        assertThat(payment.getAmount()).isEqualByComparingTo("1000");
        assertThat(payment.getApprovedBy()).isEqualTo("reviewer");
        assertThatThrownBy(() -> payouts.confirm(payment.getId(), "reviewer")).isInstanceOf(PayoutRefused.class)
                .hasMessageContaining("职责分离");

        PayoutBatch batch = batches.build(accounts.principalOf("finance"), fixtures.openCampaign().getId());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                batches.bankFile(accounts.principalOf("finance"), batch.getId()).content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getCell(5) != null && candidate.getCell(5).toString().startsWith("WA" + payment.getId() + " ")) {
                    row = candidate;
                }
            }
            assertThat(row).as("the payment's row in the bank file").isNotNull();
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1000.0);
        }
    }

    @Test
    void processVariablesAreWrittenByAdministratorsOnly() {
        Submitted registration = submitted(unit);
        JsonNode task = party.task(registration.reference());
        String processInstance = task.get("processInstanceId").asText();
        String taskId = task.get("id").asText();

        for (EngineRest user : new EngineRest[] {party, reviewer}) {
            Answer setVariable = user.put("/process-instance/" + processInstance + "/variables/unitCode",
                    Map.of("value", otherUnit.unitCode(), "type", "String"));
            assertThat(setVariable.status()).isEqualTo(403);
            assertThat(setVariable.body().get("message").asText()).isEqualTo("只有系统管理员可以直接写入流程变量或启动、关联、修改流程实例");
            assertThat(user.post("/task/" + taskId + "/variables", Map.of("modifications",
                    Map.of("partyDecision", Map.of("value", "APPROVE")))).status()).isEqualTo(403);
            assertThat(user.post("/process-instance/" + processInstance + "/variables", Map.of("modifications",
                    Map.of("registrationId", Map.of("value", 1, "type", "Long")))).status()).isEqualTo(403);
            assertThat(user.post("/signal", Map.of("name", "anything")).status()).isEqualTo(403);
            assertThat(user.post("/process-definition/key/HardshipAidProcess/start", Map.of("businessKey", "forged")).status())
                    .isEqualTo(403);
            assertThat(user.post("/process-instance/" + processInstance + "/modification", Map.of("instructions",
                    java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ReviewByProvincialUnion"))))
                    .status()).isEqualTo(403);
        }
        CamundaWebappSession tasklist = CamundaWebappSession.login(port, "tasklist", partyReviewer, Fixtures.PASSWORD);
        assertThat(tasklist.put(CamundaWebappSession.ENGINE + "/process-instance/" + processInstance + "/variables/unitCode",
                Map.of("value", otherUnit.unitCode(), "type", "String")).status()).isEqualTo(403);
        assertThat(tasklist.post(CamundaWebappSession.ENGINE + "/task/" + taskId + "/variables", Map.of("modifications",
                Map.of("partyDecision", Map.of("value", "APPROVE")))).status()).isEqualTo(403);

        assertThat(runtime.getVariable(processInstance, "unitCode")).isEqualTo(unit.unitCode());
        assertThat(runtime.getVariable(processInstance, "partyDecision")).isNull();
        assertThat(stage(registration)).isEqualTo(Stage.PARTY_REVIEW);

        assertThat(administrator.put("/process-instance/" + processInstance + "/variables/note",
                Map.of("value", "管理员备注", "type", "String")).status()).as("the route works for an administrator").isEqualTo(204);
        assertThat(runtime.getVariable(processInstance, "note")).isEqualTo("管理员备注");
    }

    @Test
    void aRefusedMessageCorrelationNamesNothing() {
        Submitted registration = submitted(unit);
        String processInstance = party.task(registration.reference()).get("processInstanceId").asText();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(registration.reference())
                .messageEventSubscriptionName("SubmissionTakenBack").count())
                .as("the registration's process waits for a message the attacker names").isEqualTo(1);
        Answer refused = reviewer.post("/message", Map.of("messageName", "SubmissionTakenBack",
                "businessKey", registration.reference(), "all", true));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().toString()).doesNotContain(processInstance).doesNotContain(registration.reference())
                .doesNotContain(String.valueOf(registration.id()));
        assertThat(stage(registration)).isEqualTo(Stage.PARTY_REVIEW);
    }

    private Submitted submitted(UnitLogin owner) {
        ApiClient api = new ApiClient(port, owner.accountId(), owner.password());
        Answer created = api.post("/api/registrations", SampleRegistrations.valid());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(api.post("/api/registrations/" + id + "/submit", "").status()).isEqualTo(200);
        return new Submitted(id, created.body().get("reference").asText());
    }

    private Stage stage(Submitted registration) {
        return registrations.findById(registration.id()).orElseThrow().getStage();
    }
}
