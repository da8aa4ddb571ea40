package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_VisitHousehold: records the outcome of the home visit; unconfirmed needs notes. */
@BpmnBean("visitListener")
class VisitListener implements TaskListener {

    private final Reviews reviews;
    private final Actors actors;

    VisitListener(Reviews reviews, Actors actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProcessVariables.clearVisit(task);
            return;
        }
        Boolean confirmed = ProcessVariables.visitConfirmed(task);
        Long registrationId = ProcessVariables.registrationId(task);
        String notes = ProcessVariables.visitNotes(task);
        boolean outcome = reviews.recordVisit(registrationId, task.getTaskDefinitionKey(), confirmed, notes, actors.of(task));
        if (ProcessVariables.visitFoundUntruthful(task)) {
            reviews.recordUntruthfulDeclaration(registrationId, task.getTaskDefinitionKey(), "入户走访", !outcome, notes,
                    actors.of(task));
        }
        ProcessVariables.setVisitConfirmed(task, outcome);
    }
}
