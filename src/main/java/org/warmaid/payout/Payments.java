package org.warmaid.payout;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, Long> {

    Optional<Payment> findByRegistrationIdAndStatusIn(Long registrationId, List<PaymentStatus> statuses);

    List<Payment> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<Payment> findByCampaignIdAndStatusOrderByIdAsc(Long campaignId, PaymentStatus status);

    List<Payment> findByBatchIdOrderByIdAsc(Long batchId);
}
