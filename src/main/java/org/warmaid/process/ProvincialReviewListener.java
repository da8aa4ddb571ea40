package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.review.ReviewDecision;
import org.warmaid.review.Reviews;
import org.warmaid.review.SpotChecks;
import org.warmaid.review.SubmittedDecision;

/**
 * Task_ReviewByProvincialUnion. On create the form is prefilled: the aid amount from AidAmount (via
 * the eligibility check) and the random spot-check pre-selection. On complete the decision is
 * checked (an approval needs an amount) and recorded: the review record, not a variable, is what
 * the payout reads its amount and approver from.
 */
@BpmnBean("provincialReviewListener")
class ProvincialReviewListener implements TaskListener {

    private final Reviews reviews;
    private final EligibilityChecks eligibility;
    private final SpotChecks spotChecks;
    private final Actors actors;

    ProvincialReviewListener(Reviews reviews, EligibilityChecks eligibility, SpotChecks spotChecks, Actors actors) {
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.spotChecks = spotChecks;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ProcessVariables.registrationId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProcessVariables.clearProvincialReview(task);
            ProcessVariables.setSuggestedAidAmount(task, eligibility.latestSuggestedAidAmount(registrationId).orElse(null));
            ProcessVariables.setSpotCheck(task, spotChecks.preselectFor(registrationId));
            return;
        }
        ReviewDecision decision = reviews.recordDecision(SubmittedDecision.ofProvincialUnion(registrationId,
                task.getTaskDefinitionKey(), ProcessVariables.provincialDecision(task),
                ProcessVariables.provincialComment(task), ProcessVariables.provincialFoundUntruthful(task),
                ProcessVariables.aidAmount(task), actors.of(task)));
        ProcessVariables.setProvincialDecision(task, decision);
        ProcessVariables.keepSpotCheck(task);
        if (decision == ReviewDecision.RETURN) {
            ProcessVariables.setReturnedBy(task, ReturnSource.PROVINCIAL_UNION);
        }
    }
}
