package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine as this application configures it: strong password hashes, no scripts. */
class EngineHardeningTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() throws Exception {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:hardening;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("hardening");
        var plugin = Class.forName("org.warmaid.process.config.EngineHardening").getDeclaredConstructor();
        plugin.setAccessible(true);
        configuration.setProcessEnginePlugins(new java.util.ArrayList<>(java.util.List.of(
                (org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin) plugin.newInstance())));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void storesPasswordsAsBcryptHashes() {
        User user = engine.getIdentityService().newUser("hashed");
        user.setPassword("Warm-Aid-2027");
        engine.getIdentityService().saveUser(user);
        String stored = engine.getIdentityService().createUserQuery().userId("hashed").singleResult().getPassword();
        assertThat(stored).startsWith("{BCRYPT}$2a$10$");
        assertThat(engine.getIdentityService().checkPassword("hashed", "Warm-Aid-2027")).isTrue();
        assertThat(engine.getIdentityService().checkPassword("hashed", "warm-aid-2027")).isFalse();
    }

    /** BCrypt reads 72 bytes; with the engine's salt a password of the policy's 64 characters is far longer. */
    @Test
    void storesAndChecksPasswordsLongerThanBcryptReads() {
        String longest = "暖".repeat(60) + "Aa1!";
        User user = engine.getIdentityService().newUser("longpassword");
        user.setPassword(longest);
        engine.getIdentityService().saveUser(user);
        assertThat(engine.getIdentityService().checkPassword("longpassword", longest)).isTrue();
        assertThat(engine.getIdentityService().checkPassword("longpassword", "暖".repeat(60) + "Aa1?")).isFalse();
        assertThat(engine.getIdentityService().checkPassword("longpassword", "x".repeat(10_000))).isFalse();
    }

    @Test
    void refusesAModelWithAScriptTask() {
        var model = Bpmn.createExecutableProcess("Scripted").camundaHistoryTimeToLive(1).startEvent()
                .scriptTask("Task_Script").scriptFormat("javascript").scriptText("1 + 1").endEvent().done();
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
                .addModelInstance("scripted.bpmn", model).deploy()).hasMessageContaining("script tasks are not allowed");
    }

    /**
     * Not even the engine's built-in JUEL script engine: a script listener that got into a model (the
     * application's deployment check refuses it first) finds nothing to run it.
     */
    @Test
    void aScriptThatGotIntoAModelDoesNotRun() {
        var model = Bpmn.createExecutableProcess("ScriptListener").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Wait").endEvent().done();
        String xml = Bpmn.convertToString(model).replace("<userTask id=\"Task_Wait\" name=\"Task_Wait\">",
                "<userTask id=\"Task_Wait\" name=\"Task_Wait\"><extensionElements><camunda:executionListener event=\"start\">"
                        + "<camunda:script scriptFormat=\"juel\">${1}</camunda:script></camunda:executionListener></extensionElements>");
        assertThat(xml).contains("camunda:script");
        engine.getRepositoryService().createDeployment().addString("listener.bpmn", xml).deploy();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("ScriptListener"))
                .hasMessageContaining("juel");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ScriptListener").count()).isZero();
    }

    @Test
    void noScriptingLanguageIsAvailable() {
        ScriptEngineManager engines = new ScriptEngineManager();
        for (String language : new String[] {"javascript", "js", "graal.js", "groovy", "python", "ruby"}) {
            assertThat(engines.getEngineByName(language)).as(language).isNull();
        }
    }
}
