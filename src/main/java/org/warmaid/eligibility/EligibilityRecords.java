package org.warmaid.eligibility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only. */
public interface EligibilityRecords extends Repository<EligibilityRecord, Long> {

    EligibilityRecord save(EligibilityRecord record);

    Optional<EligibilityRecord> findFirstByRegistrationIdOrderByIdDesc(Long registrationId);

    List<EligibilityRecord> findByRegistrationIdOrderByIdAsc(Long registrationId);
}
