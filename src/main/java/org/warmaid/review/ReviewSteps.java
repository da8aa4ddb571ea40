package org.warmaid.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: a decision once recorded stays as it was. */
public interface ReviewSteps extends Repository<ReviewStep, Long> {

    ReviewStep save(ReviewStep step);

    List<ReviewStep> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<ReviewStep> findByRegistrationIdAndVisibleToUnitTrueOrderByIdAsc(Long registrationId);

    Optional<ReviewStep> findFirstByRegistrationIdAndTaskKeyAndDecisionOrderByIdDesc(Long registrationId, String taskKey,
            String decision);
}
