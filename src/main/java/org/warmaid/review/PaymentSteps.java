package org.warmaid.review;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.warmaid.payout.PaymentSettled;

/** A settled payment is a step of the registration's review history, as the payout task's outcome. */
@Component
class PaymentSteps {

    private final Reviews reviews;

    PaymentSteps(Reviews reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(PaymentSettled payment) {
        reviews.recordPayment(payment.registrationId(), "Task_PayOut", payment.paid(), payment.amount(),
                payment.reason(), payment.settledBy());
    }
}
