package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.PARTY_COMMENT;
import static org.warmaid.process.ProcessVariables.PARTY_DECISION;
import static org.warmaid.process.ProcessVariables.PARTY_UNTRUTHFUL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.review.ReviewDecision;
import org.warmaid.review.Reviews;

/** Task_ReviewByPartyCommittee: a fresh form on create; on complete the decision is checked and recorded. */
@BpmnBean("partyReviewListener")
class PartyReviewListener implements TaskListener {

    private final Reviews reviews;

    PartyReviewListener(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariables(java.util.List.of(PARTY_DECISION, PARTY_COMMENT, PARTY_UNTRUTHFUL));
            return;
        }
        Long registrationId = ProcessVariables.registrationIdOf(task);
        String comment = (String) task.getVariable(PARTY_COMMENT);
        ReviewDecision decision = reviews.recordDecision(registrationId, task.getTaskDefinitionKey(), "党委审核",
                task.getVariable(PARTY_DECISION), comment, null, false, Actors.of(task));
        if (ProcessVariables.isYes(task.getVariable(PARTY_UNTRUTHFUL))) {
            reviews.recordUntruthfulDeclaration(registrationId, task.getTaskDefinitionKey(), "党委审核",
                    decision == ReviewDecision.REJECT, comment, Actors.of(task));
        }
        ProcessVariables.setIfChanged(task, PARTY_DECISION, decision.name());
        if (decision == ReviewDecision.RETURN) {
            task.setVariable(ProcessVariables.RETURNED_BY, ReturnSource.PARTY_COMMITTEE.name());
        }
    }
}
