package org.warmaid.registration;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounters extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ReferenceCounter c where c.key = :key")
    Optional<ReferenceCounter> lock(ReferenceCounter.Key key);
}
