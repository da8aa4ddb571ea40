package org.warmaid.payout;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Per registration of a campaign: the aid amount approved (latest payment) and the amount paid. */
@Component
public class AidAmounts {

    private final Payments payments;

    AidAmounts(Payments payments) {
        this.payments = payments;
    }

    public record Amounts(BigDecimal approved, BigDecimal paid) {
        public static final Amounts NONE = new Amounts(null, null);
    }

    @Transactional(readOnly = true)
    public Map<Long, Amounts> ofCampaign(Long campaignId) {
        Map<Long, Amounts> amounts = new HashMap<>();
        for (PaymentAmount payment : payments.amountsOfCampaign(campaignId)) {
            Amounts before = amounts.getOrDefault(payment.registrationId(), Amounts.NONE);
            BigDecimal approved = payment.status() == PaymentStatus.CANCELLED ? before.approved() : payment.amount();
            BigDecimal paid = payment.status() == PaymentStatus.PAID ? payment.amount() : before.paid();
            amounts.put(payment.registrationId(), new Amounts(approved, paid));
        }
        return amounts;
    }
}
