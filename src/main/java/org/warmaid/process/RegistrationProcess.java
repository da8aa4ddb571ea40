package org.warmaid.process;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.RegistrationWorkflow;
import org.warmaid.review.Reviews;

/**
 * Each registration's {@code HardshipAidProcess}, keyed by its reference. The variables stay small:
 * the registration id, the unit, the reference; the data itself stays in the registry.
 */
@Component
class RegistrationProcess implements RegistrationWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Reviews reviews;

    RegistrationProcess(RuntimeService runtime, TaskService tasks, Reviews reviews) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.reviews = reviews;
    }

    @Override
    public void started(Registration registration) {
        runtime.startProcessInstanceByKey(ProcessIds.PROCESS, registration.getReference(), 
                ProcessVariables.start(registration.getId(), registration.getUnitCode(), registration.getReference()));
    }

    @Override
    public void submitted(Registration registration, String submittedBy) {
        tasks.complete(entryTask(registration).getId(), ProcessVariables.submission(submittedBy));
    }

    @Override
    public void withdrawn(Registration registration) {
        runtime.createMessageCorrelation(ProcessIds.MESSAGE_REGISTRATION_WITHDRAWN)
                .processInstanceBusinessKey(registration.getReference())
                .correlateWithResult();
    }

    @Override
    public void takenBack(Registration registration, String takenBackBy) {
        try {
            runtime.createMessageCorrelation(ProcessIds.MESSAGE_SUBMISSION_TAKEN_BACK)
                    .processInstanceBusinessKey(registration.getReference())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException decided) {
            // the party committee completed its review first (or at the same moment)
            throw new RegistrationRefused(RegistrationRefused.Reason.NOT_EDITABLE,
                    "党委已作出审核结论，不能再撤回上报；请刷新查看最新状态");
        }
        reviews.recordTakenBack(registration.getId(), ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE, takenBackBy);
    }

    private Task entryTask(Registration registration) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(registration.getReference())
                .taskDefinitionKey(ProcessIds.TASK_ENTER_REGISTRATION)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("registration " + registration.getReference() + " is not waiting for entry");
        }
        return task;
    }
}
