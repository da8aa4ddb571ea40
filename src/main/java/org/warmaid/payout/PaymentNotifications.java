package org.warmaid.payout;

/** Tells the registration's process that its payment went through or failed. */
public interface PaymentNotifications {

    void paid(Long registrationId);

    void failed(Long registrationId, String reason);
}
