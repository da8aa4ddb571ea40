package org.warmaid.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Campaigns extends JpaRepository<Campaign, Long> {

    /** The campaign open for entry, if any (the schema allows at most one). */
    @Query("select c from Campaign c where c.openSlot = 1")
    Optional<Campaign> findOpen();

    Optional<Campaign> findByYear(int year);

    List<Campaign> findAllByOrderByYearDesc();
}
