package org.warmaid.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Appends and reads review steps; a decision once recorded stays as it was. */
interface ReviewSteps extends Repository<ReviewStep, Long> {

    /** Appends the step, with its document verdicts. */
    ReviewStep save(ReviewStep step);

    List<ReviewStep> findByRegistrationIdOrderByIdAsc(Long registrationId);

    List<ReviewStep> findByRegistrationIdAndVisibleToUnitTrueOrderByIdAsc(Long registrationId);

    List<ReviewStep> findByRegistrationIdInOrderByIdAsc(java.util.Collection<Long> registrationIds);

    /**
     * The latest step of the task with that decision, as amount and actor only. Written out, as it
     * runs for every payment: Hibernate keeps the translation of a query string, not that of a query
     * derived from the method's name.
     */
    @Query("select s.aidAmount as aidAmount, s.actor as actor from ReviewStep s where s.registrationId = :registrationId "
            + "and s.taskKey = :taskKey and s.decision = :decision order by s.id desc limit 1")
    Optional<Approval> latestWithDecision(Long registrationId, String taskKey, StepDecision decision);
}
