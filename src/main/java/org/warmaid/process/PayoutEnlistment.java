package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.warmaid.payout.Payouts;
import org.warmaid.review.Approval;
import org.warmaid.review.Reviews;

/**
 * Task_PayOut, start: the registration waits for a payment of the amount the provincial reviewer
 * approved, with that reviewer as its approver (for the separation of duties) — both read from the
 * review record of the approval, never from a process variable a later task could have set.
 */
@BpmnBean("payoutEnlistment")
class PayoutEnlistment implements ExecutionListener {

    private final Payouts payouts;
    private final Reviews reviews;

    PayoutEnlistment(Payouts payouts, Reviews reviews) {
        this.payouts = payouts;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long registrationId = ProcessVariables.registrationId(execution);
        Approval approval = reviews.latestApproval(registrationId, ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION)
                .orElseThrow(() -> new IllegalStateException("registration " + registrationId
                        + " reached the payout without a provincial approval"));
        payouts.awaitPayment(registrationId, approval.aidAmount(), approval.actor());
    }
}
