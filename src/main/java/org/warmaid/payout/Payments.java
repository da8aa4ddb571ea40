package org.warmaid.payout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Payments extends JpaRepository<Payment, Long> {

    /*
     * Queries run for every registration are written out, so that Hibernate keeps their translation.
     * An open payment (waiting or in a batch, see PaymentStatus.OPEN) is one whose open slot is
     * taken: the slot is what keeps a registration to one open payment, and its index answers.
     */

    /** The registration's payment still waiting for the bank's answer, if any. */
    @org.springframework.data.jpa.repository.Query(
            "select p from Payment p where p.registrationId = :registrationId and p.openSlot = 1")
    Optional<Payment> findOpenOf(Long registrationId);

    /** Up to {@code limit} payments of the batch still waiting for the bank's answer. */
    @org.springframework.data.jpa.repository.Query("select p.id from Payment p where p.batchId = :batchId and p.openSlot = 1")
    List<Long> openInBatch(Long batchId, org.springframework.data.domain.Limit limit);

    List<Payment> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<Payment> findByCampaignIdAndStatusOrderByIdAsc(Long campaignId, PaymentStatus status);

    List<Payment> findByBatchIdOrderByIdAsc(Long batchId);

    /**
     * Up to {@code limit} payments still waiting for the bank's answer in the batch of the given
     * payment (none while that payment waits for a batch).
     */
    @org.springframework.data.jpa.repository.Query("select p.id from Payment p where p.openSlot = 1 "
            + "and p.batchId = (select q.batchId from Payment q where q.id = :paymentId)")
    List<Long> openInBatchOf(Long paymentId, org.springframework.data.domain.Limit limit);

    /** The batch the payment is in, or null while it waits for one. */
    @org.springframework.data.jpa.repository.Query("select p.batchId from Payment p where p.id = :paymentId")
    Long batchIdOf(Long paymentId);

    long countByCampaignIdAndStatus(Long campaignId, PaymentStatus status);

    /**
     * Claims every payment still waiting for the batch, in one statement: a payment can only ever be
     * claimed by one batch, however many finance officers build batches at the same moment.
     */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update Payment p set p.batchId = :batchId, "
            + "p.status = org.warmaid.payout.PaymentStatus.IN_BATCH, p.version = p.version + 1 "
            + "where p.campaignId = :campaignId and p.status = org.warmaid.payout.PaymentStatus.WAITING")
    int claimWaiting(Long campaignId, Long batchId);

    @org.springframework.data.jpa.repository.Query("select new org.warmaid.payout.PaymentAmount(p.registrationId, p.amount, p.status) "
            + "from Payment p where p.campaignId = :campaignId order by p.id")
    List<PaymentAmount> amountsOfCampaign(Long campaignId);
}
