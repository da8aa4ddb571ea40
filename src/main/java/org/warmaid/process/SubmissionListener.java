package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_EnterRegistration, complete: the unit submitted (上报). */
@BpmnBean("submissionListener")
class SubmissionListener implements TaskListener {

    static final String SUBMITTED_BY = "submittedBy";

    private final Reviews reviews;

    SubmissionListener(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Object submittedBy = task.getVariable(SUBMITTED_BY);
        reviews.recordSubmission(ProcessVariables.registrationIdOf(task), task.getTaskDefinitionKey(),
                submittedBy != null ? submittedBy.toString() : Actors.of(task));
    }
}
