package org.warmaid.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationWorkflow;

/**
 * Each registration's {@code HardshipAidProcess}, keyed by its reference. The variables stay small:
 * the registration id, the unit, the reference; the data itself stays in the registry.
 */
@Component
class RegistrationProcess implements RegistrationWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    RegistrationProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void started(Registration registration) {
        runtime.startProcessInstanceByKey(ProcessIds.PROCESS, registration.getReference(), Map.of(
                ProcessVariables.REGISTRATION_ID, registration.getId(),
                ProcessVariables.UNIT_CODE, registration.getUnitCode(),
                ProcessVariables.REFERENCE, registration.getReference()));
    }

    @Override
    public void submitted(Registration registration, String submittedBy) {
        tasks.complete(entryTask(registration).getId(), Variables.createVariables()
                .putValueTyped(SubmissionListener.SUBMITTED_BY, Variables.stringValue(submittedBy, true)));
    }

    @Override
    public void withdrawn(Registration registration) {
        runtime.createMessageCorrelation(ProcessIds.MESSAGE_REGISTRATION_WITHDRAWN)
                .processInstanceBusinessKey(registration.getReference())
                .correlateWithResult();
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
