package org.warmaid.process;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.warmaid.payout.PaymentSettled;
import org.warmaid.review.Reviews;

/**
 * A settled payment is a step of the registration's review history, the outcome of its payout task;
 * recorded in the settling transaction, as the event is published inside it.
 */
@Component
class PaymentSteps {

    private final Reviews reviews;

    PaymentSteps(Reviews reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(PaymentSettled payment) {
        reviews.recordPayment(payment.registrationId(), ProcessIds.TASK_PAY_OUT, payment.paid(), payment.amount(),
                payment.reason(), payment.settledBy());
    }
}
