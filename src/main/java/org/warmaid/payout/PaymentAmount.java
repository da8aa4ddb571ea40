package org.warmaid.payout;

import java.math.BigDecimal;

/** The amount and status of one payment, for reports over a whole campaign. */
public record PaymentAmount(Long registrationId, BigDecimal amount, PaymentStatus status) {
}
