package org.warmaid.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EntryExtensions extends Repository<EntryExtension, Long> {

    EntryExtension save(EntryExtension extension);

    List<EntryExtension> findByCampaignIdOrderByIdDesc(Long campaignId);

    @Query("select max(e.until) from EntryExtension e where e.campaignId = :campaignId and e.unitCode = :unitCode")
    Optional<Instant> latestUntil(Long campaignId, String unitCode);
}
