package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.AID_AMOUNT;
import static org.warmaid.process.ProcessVariables.APPROVED_BY;
import static org.warmaid.process.ProcessVariables.REGISTRATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.warmaid.payout.Payouts;

/** Task_PayOut, start: the registration waits for a payment of the approved amount. */
@BpmnBean("payoutEnlistment")
class PayoutEnlistment implements ExecutionListener {

    private final Payouts payouts;

    PayoutEnlistment(Payouts payouts) {
        this.payouts = payouts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        payouts.awaitPayment((Long) execution.getVariable(REGISTRATION_ID),
                ProvincialReviewListener.amount(execution.getVariable(AID_AMOUNT)),
                (String) execution.getVariable(APPROVED_BY));
    }
}
