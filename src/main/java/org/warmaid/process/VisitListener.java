package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.VISIT_CONFIRMED;
import static org.warmaid.process.ProcessVariables.VISIT_NOTES;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_VisitHousehold: records the outcome of the home visit; unconfirmed needs notes. */
@BpmnBean("visitListener")
class VisitListener implements TaskListener {

    private final Reviews reviews;

    VisitListener(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariables(List.of(VISIT_CONFIRMED, VISIT_NOTES));
            return;
        }
        Object value = task.getVariable(VISIT_CONFIRMED);
        Boolean confirmed = value == null ? null : Boolean.valueOf(value.toString());
        boolean outcome = reviews.recordVisit(ProcessVariables.registrationIdOf(task), task.getTaskDefinitionKey(),
                confirmed, (String) task.getVariable(VISIT_NOTES), Actors.of(task));
        ProcessVariables.setIfChanged(task, VISIT_CONFIRMED, outcome);
    }
}
