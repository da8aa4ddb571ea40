package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.ReviewDecision;
import org.warmaid.review.Reviews;
import org.warmaid.review.SubmittedDecision;

/** Task_ReviewByPartyCommittee: a fresh form on create; on complete the decision is checked and recorded. */
@BpmnBean("partyReviewListener")
class PartyReviewListener implements TaskListener {

    private final Reviews reviews;
    private final Actors actors;

    PartyReviewListener(Reviews reviews, Actors actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProcessVariables.clearPartyReview(task);
            return;
        }
        ReviewDecision decision = reviews.recordDecision(SubmittedDecision.ofPartyCommittee(
                ProcessVariables.registrationId(task), task.getTaskDefinitionKey(), ProcessVariables.partyDecision(task),
                ProcessVariables.partyComment(task), ProcessVariables.partyFoundUntruthful(task), actors.of(task)));
        ProcessVariables.setPartyDecision(task, decision);
        if (decision == ReviewDecision.RETURN) {
            ProcessVariables.setReturnedBy(task, ReturnSource.PARTY_COMMITTEE);
        }
    }
}
