package org.warmaid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.eligibility.EligibilityRecord;
import org.warmaid.eligibility.UnknownRegion;
import org.warmaid.review.Reviews;

/** Task_CheckEligibility: the official check of the submitted registration; sets {@code eligible}. */
@BpmnBean("checkEligibilityDelegate")
class CheckEligibilityDelegate implements JavaDelegate {

    private final EligibilityChecks checks;
    private final Reviews reviews;

    CheckEligibilityDelegate(EligibilityChecks checks, Reviews reviews) {
        this.checks = checks;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long registrationId = ProcessVariables.registrationId(execution);
        boolean eligible;
        String summary;
        try {
            EligibilityRecord record = checks.checkAndRecord(registrationId);
            eligible = record.isEligible();
            summary = record.getExplanation();
        } catch (UnknownRegion unknown) {
            eligible = false;
            summary = unknown.getMessage();
        }
        reviews.recordEligibility(registrationId, execution.getCurrentActivityId(), eligible, summary);
        ProcessVariables.setEligible(execution, eligible);
        if (!eligible) {
            ProcessVariables.setReturnedBy(execution, ReturnSource.ELIGIBILITY);
        }
    }
}
