package org.warmaid.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Appends and reads review steps; a decision once recorded stays as it was. */
interface ReviewSteps extends Repository<ReviewStep, Long> {

    /** Appends the step, with its document verdicts. */
    ReviewStep save(ReviewStep step);

    List<ReviewStep> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<ReviewStep> findByRegistrationIdAndVisibleToUnitTrueOrderByIdAsc(Long registrationId);

    List<ReviewStep> findByRegistrationIdInOrderByIdAsc(java.util.Collection<Long> registrationIds);

    /** The latest step of the task with that decision, as amount and actor only. */
    Optional<Approval> findFirstByRegistrationIdAndTaskKeyAndDecisionOrderByIdDesc(Long registrationId, String taskKey,
            StepDecision decision);
}
