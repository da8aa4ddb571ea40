package org.warmaid.payout;

/** A payout action that cannot be carried out, with the reason for finance. */
public class PayoutRefused extends RuntimeException {

    public PayoutRefused(String message) {
        super(message);
    }
}
