package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.VISIT_CONFIRMED;
import static org.warmaid.process.ProcessVariables.VISIT_NOTES;
import static org.warmaid.process.ProcessVariables.VISIT_UNTRUTHFUL;

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
            task.getExecution().removeVariables(List.of(VISIT_CONFIRMED, VISIT_NOTES, VISIT_UNTRUTHFUL));
            return;
        }
        Object value = task.getVariable(VISIT_CONFIRMED);
        Boolean confirmed = value == null ? null : Boolean.valueOf(value.toString());
        Long registrationId = ProcessVariables.registrationIdOf(task);
        String notes = (String) task.getVariable(VISIT_NOTES);
        boolean outcome = reviews.recordVisit(registrationId, task.getTaskDefinitionKey(), confirmed, notes, Actors.of(task));
        if (ProcessVariables.isYes(task.getVariable(VISIT_UNTRUTHFUL))) {
            reviews.recordUntruthfulDeclaration(registrationId, task.getTaskDefinitionKey(), "入户走访", !outcome, notes,
                    Actors.of(task));
        }
        ProcessVariables.setIfChanged(task, VISIT_CONFIRMED, outcome);
    }
}
