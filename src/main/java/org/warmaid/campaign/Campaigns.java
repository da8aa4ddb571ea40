package org.warmaid.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Campaigns extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByOpenSlot(Integer openSlot);

    /** The campaign open for entry, if any (the schema allows at most one). */
    default Optional<Campaign> findOpen() {
        return findByOpenSlot(1);
    }

    Optional<Campaign> findByYear(int year);

    List<Campaign> findAllByOrderByYearDesc();
}
