package org.warmaid.payout;

import java.math.BigDecimal;

/**
 * A payment was settled: the bank paid it, or it failed for the reason given. Published inside the
 * transaction that settles it, so a listener's record is part of the same change.
 */
public record PaymentSettled(Long registrationId, boolean paid, BigDecimal amount, String reason, String settledBy) {
}
