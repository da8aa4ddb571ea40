package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_EnterRegistration, complete: the unit submitted (上报). */
@BpmnBean("submissionListener")
class SubmissionListener implements TaskListener {

    private final Reviews reviews;
    private final Actors actors;

    SubmissionListener(Reviews reviews, Actors actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String submittedBy = ProcessVariables.submittedBy(task);
        reviews.recordSubmission(ProcessVariables.registrationId(task), task.getTaskDefinitionKey(),
                submittedBy != null ? submittedBy : actors.of(task));
    }
}
