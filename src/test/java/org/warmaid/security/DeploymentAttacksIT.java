package org.warmaid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.warmaid.audit.AuditEvent;
import org.warmaid.audit.AuditTrail;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.CamundaWebappSession;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.Multipart;

/**
 * No code by deployment. Each attack first shows that it would do harm — its expression runs a
 * command under a stock expression engine, the same route deploys a harmless model — and then that
 * through the engine REST API and the webapps' API it is refused, runs nothing and leaves the engine
 * as it was, with the attempt in the audit log.
 */
@MariaDbIntegrationTest
class DeploymentAttacksIT {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuthorizationService authorizations;

    @TempDir
    Path files;

    @AfterEach
    void removeHarmlessDeployments() {
        repository.createDeploymentQuery().deploymentName("harmless").list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void theCommandPayloadRunsUnderAStockExpressionEngine() throws Exception {
        Path marker = files.resolve("stock-engine-ran");
        Object process = new ExpressionFactoryImpl().createValueExpression(new SimpleContext(), exec(marker), Object.class)
                .getValue(new SimpleContext());
        ((Process) process).waitFor();
        assertThat(marker).as("the payload the attacks use does run a command").exists();
    }

    @Test
    void anAnalystDeploysNoProcessAtAll() throws Exception {
        assertThat(deploy("analyst", "demo", "harmless", "Harmless.bpmn", harmless("Process_HarmlessByAnalyst")).status())
                .as("processes are for administrators").isEqualTo(403);
        assertThat(deploy("demo", "demo", "harmless", "Harmless.bpmn", harmless("Process_HarmlessByAdmin")).status())
                .as("the same route deploys a harmless model for an administrator").isEqualTo(200);

        Path marker = files.resolve("analyst-timer");
        String attack = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_AnalystCode").camundaHistoryTimeToLive(1)
                .startEvent().timerWithDuration("PT1S")
                .serviceTask("Task_Exec").camundaExpression(exec(marker)).endEvent().done());
        Answer refused = deploy("analyst", "demo", "attack", "Timer.bpmn", attack);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("message").asText()).isEqualTo("业务分析人员只能部署决策表（.dmn）；流程、表单等只有系统管理员可以部署（Timer.bpmn）");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Process_AnalystCode").count()).isZero();
        assertThat(marker).doesNotExist();
        assertRefusalAudited("analyst");
    }

    @Test
    void codeInAModelIsRefusedEvenForAnAdministrator() throws Exception {
        Path marker = files.resolve("admin-expression");
        String exec = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_AdminCode").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Exec").camundaExpression(exec(marker)).endEvent().done());
        Answer refused = deploy("demo", "demo", "attack", "Exec.bpmn", exec);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asText())
                .startsWith("部署被拒绝：Exec.bpmn 元素 Task_Exec：表达式“''.getClass()").contains("不允许调用 getClass");

        String membership = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_Membership").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Grant").camundaExpression(
                        "${execution.getProcessEngineServices().getIdentityService().createMembership('analyst','camunda-admin')}")
                .endEvent().done());
        assertThat(deploy("demo", "demo", "attack", "Membership.bpmn", membership).body().get("message").asText())
                .contains("不允许使用引擎对象 execution");

        String scriptListener = harmless("Process_ScriptListener").replace("<userTask id=\"Task_Wait\" name=\"Task_Wait\">",
                "<userTask id=\"Task_Wait\" name=\"Task_Wait\"><extensionElements><camunda:executionListener event=\"start\">"
                        + "<camunda:script scriptFormat=\"juel\">${1}</camunda:script></camunda:executionListener></extensionElements>");
        assertThat(scriptListener).contains("camunda:script");
        Answer script = deploy("demo", "demo", "attack", "Script.bpmn", scriptListener);
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body().get("message").asText()).contains("Task_Wait").contains("不允许脚本");

        CamundaWebappSession cockpit = CamundaWebappSession.login(port, "cockpit", "demo", "demo");
        Answer throughCockpit = cockpit.postMultipart(CamundaWebappSession.ENGINE + "/deployment/create",
                multipart("attack", "Exec.bpmn", exec));
        assertThat(throughCockpit.status()).isEqualTo(400);
        assertThat(throughCockpit.body().get("message").asText()).contains("不允许调用 getClass");

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyIn("Process_AdminCode", "Process_Membership",
                "Process_ScriptListener").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("analyst").count()).isZero();
        assertThat(marker).doesNotExist();
        assertRefusalAudited("demo");
    }

    @Test
    void anAnalystCannotAddAListenerToTheApplicationsProcess() throws IOException {
        int version = repository.createProcessDefinitionQuery().processDefinitionKey("HardshipAidProcess").latestVersion()
                .singleResult().getVersion();
        String withListener = Files.readString(Path.of("bpmn/HardshipAidProcess.bpmn")).replace(
                "<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>",
                "<camunda:taskListener delegateExpression=\"${submissionListener}\" event=\"complete\"/>"
                        + "<camunda:taskListener delegateExpression=\"${stageTracker}\" event=\"complete\"/>");
        assertThat(deploy("analyst", "demo", "attack", "HardshipAidProcess.bpmn", withListener).status()).isEqualTo(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("HardshipAidProcess").latestVersion()
                .singleResult().getVersion()).isEqualTo(version);
    }

    @Test
    void aDecisionRunsFeelOnly() throws IOException {
        String aidAmount = Files.readString(Path.of("dmn/AidAmount.dmn"));
        Answer unchanged = deploy("analyst", "demo", "warm-aid-rules", "AidAmount.dmn", aidAmount);
        assertThat(unchanged.status()).as("the analyst's route deploys decision tables").isEqualTo(200);
        // read after that deployment: another test may have left a different version live before it
        int version = repository.createDecisionDefinitionQuery().decisionDefinitionKey("AidAmount").latestVersion()
                .singleResult().getVersion();

        Path marker = files.resolve("juel-decision");
        String juel = aidAmount.replace("<inputExpression id=\"InputExpression_EligibilityClause\" typeRef=\"string\">\n          <text>eligibilityClause</text>",
                "<inputExpression id=\"InputExpression_EligibilityClause\" typeRef=\"string\" expressionLanguage=\"juel\">\n          <text>"
                        + exec(marker).replace("'", "&apos;") + "</text>");
        assertThat(juel).contains("expressionLanguage=\"juel\"");
        Answer refused = deploy("analyst", "demo", "warm-aid-rules", "AidAmount.dmn", juel);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asText())
                .startsWith("部署被拒绝：AidAmount.dmn 决策 AidAmount“输入表达式 认定依据”：只允许 FEEL 表达式，不允许表达式语言“juel”");

        String external = aidAmount.replace("<text>800</text>",
                "<text>function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}(1)</text>");
        assertThat(deploy("analyst", "demo", "warm-aid-rules", "AidAmount.dmn", external).body().get("message").asText())
                .contains("第 2 条规则").contains("不允许在 FEEL 中调用外部 Java 函数");

        CamundaWebappSession cockpit = CamundaWebappSession.login(port, "cockpit", "analyst", "demo");
        assertThat(cockpit.postMultipart(CamundaWebappSession.ENGINE + "/deployment/create",
                multipart("warm-aid-rules", "AidAmount.dmn", juel)).status()).isEqualTo(400);

        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("AidAmount").latestVersion()
                .singleResult().getVersion()).isEqualTo(version);
        assertThat(marker).doesNotExist();
    }

    @Test
    void everyDeploymentIsInTheAuditLog() {
        Instant before = Instant.now().minusSeconds(1);
        assertThat(deploy("demo", "demo", "harmless", "Harmless.bpmn", harmless("Process_Audited")).status()).isEqualTo(200);
        String deploymentId = repository.createDeploymentQuery().deploymentName("harmless").singleResult().getId();
        assertThat(audit.findByActorOrderByIdAsc("demo")).filteredOn(event -> event.occurredAt().isAfter(before))
                .anySatisfy(event -> {
                    assertThat(event.action()).isEqualTo("ENGINE_DEPLOYMENT");
                    assertThat(event.outcome()).isEqualTo("SUCCESS");
                    assertThat(event.targetId()).isEqualTo(deploymentId);
                    assertThat(event.details()).contains("Harmless.bpmn");
                });
    }

    @Test
    void identityAndAuthorizationChangesMadeWithoutAnEngineUserAreAuditedToo() {
        String user = "nobodyaudit" + System.nanoTime() % 100_000;
        var created = identity.newUser(user);
        created.setFirstName("审计");
        created.setLastName("测试");
        identity.saveUser(created);
        identity.createMembership(user, "finance");
        identity.deleteMembership(user, "finance");
        identity.deleteUser(user);
        assertThat(audit.findByActorOrderByIdAsc("system")).filteredOn(event -> user.equals(event.targetId()))
                .extracting(AuditEvent::action)
                .contains("ADMIN_CREATE", "ADMIN_DELETE");
        assertThat(audit.findByActorOrderByIdAsc("system")).filteredOn(event -> user.equals(event.targetId()))
                .filteredOn(event -> event.targetType().equals("Group membership")).hasSize(2);

        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.DEPLOYMENT);
        grant.setResourceId("*");
        grant.addPermission(Permissions.CREATE);
        String grantId = authorizations.saveAuthorization(grant).getId();
        authorizations.deleteAuthorization(grantId);
        assertThat(audit.findByActorOrderByIdAsc("system")).filteredOn(event -> grantId.equals(event.targetId()))
                .extracting(AuditEvent::action).containsExactly("ADMIN_CREATE", "ADMIN_DELETE");
        assertThat(audit.findByActorOrderByIdAsc("system")).filteredOn(event -> grantId.equals(event.targetId()))
                .first().satisfies(event -> assertThat(event.details()).contains("用户 " + user).contains("Deployment"));
    }

    private void assertRefusalAudited(String actor) {
        assertThat(audit.findByActorOrderByIdAsc(actor)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("ENGINE_DEPLOYMENT");
            assertThat(event.outcome()).isEqualTo("REFUSED");
        });
    }

    /** A command that creates the marker file, written as the attack used it. */
    private static String exec(Path marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker + "')}";
    }

    private static String harmless(String key) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Wait").endEvent().done();
        return Bpmn.convertToString(model);
    }

    private Answer deploy(String user, String password, String name, String fileName, String content) {
        Http http = new Http(port);
        Multipart body = multipart(name, fileName, content);
        var response = http.send(http.request("/engine-rest/deployment/create")
                .header("Authorization", Http.basic(user, password))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
        try {
            return new Answer(response.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private static Multipart multipart(String name, String fileName, String content) {
        return new Multipart().field("deployment-name", name).field("deploy-changed-only", "true")
                .file(fileName, fileName, "application/xml", content.getBytes(StandardCharsets.UTF_8));
    }
}
