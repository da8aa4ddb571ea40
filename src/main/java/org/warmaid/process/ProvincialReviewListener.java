package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.AID_AMOUNT;
import static org.warmaid.process.ProcessVariables.PROVINCIAL_COMMENT;
import static org.warmaid.process.ProcessVariables.PROVINCIAL_DECISION;
import static org.warmaid.process.ProcessVariables.PROVINCIAL_UNTRUTHFUL;
import static org.warmaid.process.ProcessVariables.SPOT_CHECK;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.review.ReviewDecision;
import org.warmaid.review.Reviews;
import org.warmaid.review.SpotChecks;

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

    ProvincialReviewListener(Reviews reviews, EligibilityChecks eligibility, SpotChecks spotChecks) {
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.spotChecks = spotChecks;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ProcessVariables.registrationIdOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariables(List.of(PROVINCIAL_DECISION, PROVINCIAL_COMMENT, PROVINCIAL_UNTRUTHFUL));
            task.getExecution().setVariable(AID_AMOUNT,
                    eligibility.latestSuggestedAidAmount(registrationId).map(BigDecimal::doubleValue).orElse(null));
            task.getExecution().setVariable(SPOT_CHECK, spotChecks.preselectFor(registrationId));
            return;
        }
        String actor = Actors.of(task);
        ReviewDecision decision = reviews.recordDecision(registrationId, task.getTaskDefinitionKey(), "工委审核",
                task.getVariable(PROVINCIAL_DECISION), (String) task.getVariable(PROVINCIAL_COMMENT),
                amount(task.getVariable(AID_AMOUNT)), true, actor);
        if (ProcessVariables.isYes(task.getVariable(PROVINCIAL_UNTRUTHFUL))) {
            reviews.recordUntruthfulDeclaration(registrationId, task.getTaskDefinitionKey(), "工委审核",
                    decision == ReviewDecision.REJECT, (String) task.getVariable(PROVINCIAL_COMMENT), actor);
        }
        ProcessVariables.setIfChanged(task, PROVINCIAL_DECISION, decision.name());
        ProcessVariables.setIfChanged(task, SPOT_CHECK, Boolean.TRUE.equals(task.getVariable(SPOT_CHECK)));
        if (decision == ReviewDecision.RETURN) {
            task.setVariable(ProcessVariables.RETURNED_BY, ReturnSource.PROVINCIAL_UNION.name());
        }
    }

    static BigDecimal amount(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
