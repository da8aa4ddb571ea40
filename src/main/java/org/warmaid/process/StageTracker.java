package org.warmaid.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.registration.RegistrationStages;
import org.warmaid.registration.Stage;

/**
 * {@code ${stageTracker}}: as the process reaches a user task (task listener "create") or an end
 * event (execution listener "start"), the registration's stage follows.
 */
@BpmnBean("stageTracker")
class StageTracker implements TaskListener, ExecutionListener {

    private static final Map<String, Stage> STAGE_AT = Map.ofEntries(
            Map.entry(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE, Stage.PARTY_REVIEW),
            Map.entry(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION, Stage.PROVINCIAL_REVIEW),
            Map.entry(ProcessIds.TASK_VISIT_HOUSEHOLD, Stage.HOME_VISIT),
            Map.entry(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS, Stage.DOCUMENT_CHECK),
            Map.entry(ProcessIds.TASK_PAY_OUT, Stage.AWAITING_PAYOUT),
            Map.entry(ProcessIds.TASK_RESOLVE_FAILED_PAYMENT, Stage.PAYOUT_FAILED),
            Map.entry(ProcessIds.END_PAID, Stage.PAID),
            Map.entry(ProcessIds.END_REJECTED, Stage.REJECTED),
            Map.entry(ProcessIds.END_DOCUMENTS_INCOMPLETE, Stage.DOCUMENTS_INCOMPLETE),
            Map.entry(ProcessIds.END_ABANDONED, Stage.ABANDONED),
            Map.entry(ProcessIds.END_WITHDRAWN, Stage.WITHDRAWN),
            Map.entry(ProcessIds.END_PAYOUT_CANCELLED, Stage.PAYOUT_CANCELLED));

    private final RegistrationStages stages;

    StageTracker(RegistrationStages stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ProcessVariables.registrationId(task);
        if (ProcessIds.TASK_ENTER_REGISTRATION.equals(task.getTaskDefinitionKey())) {
            stages.arrivedAtEntry(registrationId);
            return;
        }
        // what the task's card in Tasklist shows: task-local variables, which those who may read the
        // task may read (the process's variables stay the application's); the name as it is now.
        // A card shows two variables without being opened: the reference, and the worker with the unit.
        RegistrationStages.TaskCard card = stages.arrivedAtTask(registrationId, stageAt(task.getTaskDefinitionKey()));
        ProcessVariables.setCard(task, card.workerName() + " · " + card.unitName());
    }

    @Override
    public void notify(DelegateExecution execution) {
        stages.moveTo(ProcessVariables.registrationId(execution), stageAt(execution.getCurrentActivityId()));
    }

    private static Stage stageAt(String activityId) {
        Stage stage = STAGE_AT.get(activityId);
        if (stage == null) {
            throw new IllegalStateException("no stage is defined for activity " + activityId);
        }
        return stage;
    }
}
