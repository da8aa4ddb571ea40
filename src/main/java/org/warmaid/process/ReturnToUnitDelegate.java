package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.warmaid.registration.RegistrationStages;
import org.warmaid.review.Reviews;

/**
 * Task_ReturnToUnit: the registration goes back to the unit with the reason of the step that
 * returned it (the eligibility explanation or the reviewer's comment).
 */
@BpmnBean("returnToUnitDelegate")
class ReturnToUnitDelegate implements JavaDelegate {

    private final RegistrationStages stages;
    private final Reviews reviews;

    ReturnToUnitDelegate(RegistrationStages stages, Reviews reviews) {
        this.stages = stages;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long registrationId = ProcessVariables.registrationId(execution);
        ReturnSource source = ProcessVariables.returnedBy(execution);
        stages.returnToUnit(registrationId, prefix(source) + lastVisibleComment(registrationId));
    }

    private String lastVisibleComment(Long registrationId) {
        var visible = reviews.historyForUnit(registrationId);
        return visible.isEmpty() ? "" : java.util.Objects.toString(visible.get(visible.size() - 1).getComment(), "");
    }

    private static String prefix(ReturnSource source) {
        return switch (source) {
            case ELIGIBILITY -> "资格认定未通过：";
            case PARTY_COMMITTEE -> "党委审核退回：";
            case PROVINCIAL_UNION -> "省直机关工会工委审核退回：";
        };
    }

}
