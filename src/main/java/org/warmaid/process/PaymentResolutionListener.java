package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_ResolveFailedPayment: finance retries in a later batch or cancels with a reason. */
@BpmnBean("paymentResolutionListener")
class PaymentResolutionListener implements TaskListener {

    private final Reviews reviews;
    private final Actors actors;

    PaymentResolutionListener(Reviews reviews, Actors actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProcessVariables.clearPayoutResolution(task);
            return;
        }
        ProcessVariables.setRetryPayout(task, reviews.recordPayoutResolution(ProcessVariables.registrationId(task),
                task.getTaskDefinitionKey(), ProcessVariables.payoutResolution(task),
                ProcessVariables.payoutResolutionComment(task), actors.of(task)));
    }
}
