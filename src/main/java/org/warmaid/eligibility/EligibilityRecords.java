package org.warmaid.eligibility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Appends the checks and reads them; a check once recorded is never changed. Queries run on every step of a
 * registration are written out: Hibernate keeps the translation of a query string, while a query
 * derived from a method name is built and translated anew on every call.
 */
interface EligibilityRecords extends Repository<EligibilityRecord, Long> {

    EligibilityRecord save(EligibilityRecord record);

    /** The registration's latest check. */
    @Query("select e from EligibilityRecord e where e.registrationId = :registrationId order by e.id desc limit 1")
    Optional<EligibilityRecord> findFirstByRegistrationIdOrderByIdDesc(Long registrationId);

    List<EligibilityRecord> findByRegistrationIdOrderByIdAsc(Long registrationId);
}
