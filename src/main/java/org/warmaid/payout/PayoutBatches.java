package org.warmaid.payout;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PayoutBatches extends JpaRepository<PayoutBatch, Long> {

    List<PayoutBatch> findByCampaignIdOrderByIdDesc(Long campaignId);

    long countByCampaignId(Long campaignId);
}
