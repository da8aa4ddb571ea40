package org.warmaid.payout;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.registration.RegistrationDirectory;

/**
 * Payments of approved aid: a registration that passed the document check waits for a payment,
 * which finance puts into a bank batch and settles as paid or failed. Settling twice changes nothing.
 */
@Service
public class Payouts {

    private static final int MAX_REASON = 500;

    private final Payments payments;
    private final RegistrationDirectory registrations;
    private final PaymentNotifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Payouts(Payments payments, RegistrationDirectory registrations, PaymentNotifications notifications,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.payments = payments;
        this.registrations = registrations;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The registration now waits for its aid (amount as approved in provincial review). A payment
     * of it still open (waiting or in a batch) stays as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void awaitPayment(Long registrationId, BigDecimal amount, String approvedBy) {
        if (payments.findOpenOf(registrationId).isPresent()) {
            return;
        }
        Long campaignId = registrations.campaignOf(registrationId)
                .orElseThrow(() -> new IllegalStateException("process refers to unknown registration " + registrationId));
        // the open slot's unique key keeps a registration to one open payment whatever runs at the same time
        payments.save(new Payment(registrationId, campaignId, amount, approvedBy, clock.instant()));
    }

    /** The bank paid it. A second confirmation of a paid payment changes nothing. */
    @Transactional
    public boolean confirm(Long paymentId, String by) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new PayoutRefused("没有这笔发放记录"));
        if (payment.getStatus() == PaymentStatus.PAID) {
            return false;
        }
        if (!payment.getStatus().isOpen()) {
            throw new PayoutRefused("该笔发放已" + payment.getStatus().label() + "，不能再确认为已发放");
        }
        if (by.equals(payment.getApprovedBy())) {
            throw new PayoutRefused("职责分离：在省级审核中批准该登记的人员不能确认其发放");
        }
        payment.paid(by, clock.instant());
        payments.saveAndFlush(payment);
        events.publishEvent(new PaymentSettled(payment.getRegistrationId(), true, payment.getAmount(), null, by));
        notifications.paid(payment.getRegistrationId());
        audit.success(AuditAction.PAYMENT_CONFIRM, "payment", paymentId.toString(), "确认发放 " + payment.getAmount() + " 元");
        return true;
    }

    /** The bank could not pay it; finance decides in its task whether to retry or cancel. */
    @Transactional
    public boolean fail(Long paymentId, String reason, String by) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> new PayoutRefused("没有这笔发放记录"));
        if (payment.getStatus() == PaymentStatus.FAILED) {
            return false;
        }
        if (!payment.getStatus().isOpen()) {
            throw new PayoutRefused("该笔发放已" + payment.getStatus().label() + "，不能再登记为失败");
        }
        String why = reason == null || reason.isBlank() ? "银行退回" : reason.strip();
        if (why.length() > MAX_REASON) {
            // a bank's or an officer's long text must not stop the failure from being recorded
            why = why.substring(0, MAX_REASON);
        }
        payment.failed(why, by, clock.instant());
        payments.saveAndFlush(payment);
        events.publishEvent(new PaymentSettled(payment.getRegistrationId(), false, payment.getAmount(), why, by));
        notifications.failed(payment.getRegistrationId(), why);
        audit.success(AuditAction.PAYMENT_FAIL, "payment", paymentId.toString(), "发放失败：" + why);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<Payment> openPayment(Long registrationId) {
        return payments.findOpenOf(registrationId);
    }

    @Transactional(readOnly = true)
    public List<Payment> history(Long registrationId) {
        return payments.findByRegistrationIdOrderByIdAsc(registrationId);
    }
}
