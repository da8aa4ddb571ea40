package org.warmaid.registration;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DuplicateFlags extends JpaRepository<DuplicateFlag, Long> {

    List<DuplicateFlag> findByRegistrationIdOrderByIdAsc(Long registrationId);

    @Modifying
    @Query("delete from DuplicateFlag f where f.registrationId = :id or f.otherRegistrationId = :id")
    void deleteInvolving(Long id);
}
