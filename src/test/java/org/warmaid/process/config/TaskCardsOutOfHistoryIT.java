package org.warmaid.process.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.privacy.Masking;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Registry;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Journeys;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The task cards' copies (reference, worker) are on the task while it is open and stay out of
 * history; everything else keeps its full history, and the database keeps history level "full".
 */
@MariaDbIntegrationTest
class TaskCardsOutOfHistoryIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    Journeys journeys;
    @Autowired
    IdentityAuthenticationProvider accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void theCardIsOnTheOpenTaskAndNotInHistoryWhileEverythingElseIs() {
        fixtures.openCampaign();
        Fixtures.UnitLogin unit = fixtures.newUnit();
        AccountPrincipal account = accounts.principalOf(unit.accountId());
        Registration registration = registry.create(account, SampleRegistrations.valid());
        registry.submit(account, registration.getId());

        Task partyTask = tasks.createTaskQuery().processInstanceBusinessKey(registration.getReference()).singleResult();
        Map<String, Object> card = tasks.getVariablesLocal(partyTask.getId());
        assertThat(card).containsEntry("reference", registration.getReference())
                .containsEntry("worker", Masking.name(registration.getName()) + " · " + unit.unitName());

        journeys.complete(registration, fixtures.newPartyReviewer(unit.unitCode()), Map.of("partyDecision", "APPROVE"));
        Task provincialTask = tasks.createTaskQuery().processInstanceBusinessKey(registration.getReference()).singleResult();
        assertThat(tasks.getVariablesLocal(provincialTask.getId())).containsKeys("reference", "worker");

        List<HistoricVariableInstance> recorded = history.createHistoricVariableInstanceQuery()
                .processInstanceId(partyTask.getProcessInstanceId()).list();
        assertThat(recorded).as("no card copy in history").noneMatch(variable -> variable.getTaskId() != null);
        assertThat(recorded).extracting(HistoricVariableInstance::getName)
                .contains("registrationId", "unitCode", "reference", "partyDecision");
        assertThat(history.createHistoricDetailQuery().processInstanceId(partyTask.getProcessInstanceId()).list())
                .as("every value the process variables took is in history").isNotEmpty();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(partyTask.getId()).finished().count()).isOne();

        assertThat(management.getHistoryLevel()).isEqualTo(ProcessEngineConfigurationImpl.HISTORYLEVEL_FULL);
        assertThat(configuration.getHistoryLevel()).isSameAs(TaskCardsOutOfHistory.LEVEL);
    }
}
