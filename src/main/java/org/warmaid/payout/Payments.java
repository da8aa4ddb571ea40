package org.warmaid.payout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, Long> {

    Optional<Payment> findByRegistrationIdAndStatusIn(Long registrationId, List<PaymentStatus> statuses);

    List<Payment> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<Payment> findByCampaignIdAndStatusOrderByIdAsc(Long campaignId, PaymentStatus status);

    List<Payment> findByBatchIdOrderByIdAsc(Long batchId);

    @org.springframework.data.jpa.repository.Query("select new org.warmaid.payout.PaymentAmount(p.registrationId, p.amount, p.status) "
            + "from Payment p where p.campaignId = :campaignId order by p.id")
    List<PaymentAmount> amountsOfCampaign(Long campaignId);
}
