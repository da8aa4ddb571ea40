package org.warmaid.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The open-payment queries ask for the open slot: it must be taken exactly while the status is open. */
class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-12-20T02:00:00Z");

    @Test
    void theOpenSlotIsTakenWhileWaitingAndInABatch() {
        Payment payment = newPayment();
        assertOpenSlotFollowsStatus(payment);
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.WAITING);

        payment.addTo(7L);
        assertOpenSlotFollowsStatus(payment);
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.IN_BATCH);
    }

    @Test
    void everySettlementFreesTheOpenSlot() {
        for (Consumer<Payment> settle : java.util.List.<Consumer<Payment>>of(
                payment -> payment.paid("finance", NOW),
                payment -> payment.failed("账号不存在", "finance", NOW),
                payment -> payment.cancel("finance", NOW))) {
            Payment payment = newPayment();
            payment.addTo(7L);
            settle.accept(payment);
            assertOpenSlotFollowsStatus(payment);
            assertThat(payment.holdsOpenSlot()).as(payment.getStatus().name()).isFalse();
        }
    }

    private static void assertOpenSlotFollowsStatus(Payment payment) {
        assertThat(payment.holdsOpenSlot()).as("open slot of a %s payment", payment.getStatus())
                .isEqualTo(PaymentStatus.OPEN.contains(payment.getStatus()));
    }

    private static Payment newPayment() {
        return new Payment(1L, 1L, new BigDecimal("1000"), "reviewer", NOW);
    }
}
