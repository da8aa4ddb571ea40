package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.PAYOUT_RESOLUTION;
import static org.warmaid.process.ProcessVariables.PAYOUT_RESOLUTION_COMMENT;
import static org.warmaid.process.ProcessVariables.RETRY_PAYOUT;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.Reviews;

/** Task_ResolveFailedPayment: finance retries in a later batch or cancels with a reason. */
@BpmnBean("paymentResolutionListener")
class PaymentResolutionListener implements TaskListener {

    private final Reviews reviews;

    PaymentResolutionListener(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariables(List.of(PAYOUT_RESOLUTION, PAYOUT_RESOLUTION_COMMENT, RETRY_PAYOUT));
            return;
        }
        task.setVariable(RETRY_PAYOUT, reviews.recordPayoutResolution(ProcessVariables.registrationIdOf(task),
                task.getTaskDefinitionKey(), task.getVariable(PAYOUT_RESOLUTION),
                (String) task.getVariable(PAYOUT_RESOLUTION_COMMENT), Actors.of(task)));
    }
}
