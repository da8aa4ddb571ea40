package org.warmaid.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.warmaid.registration.EntryCompleteness;
import org.warmaid.review.Reviews;

/**
 * Task_DeclareAtDeadline: the closing time came while the registration was with its unit. Complete,
 * it counts as declared and goes on to the check and the party committee; incomplete, it ends as
 * given up with the reasons (see {@link EntryCompleteness}). Sets {@code declaredAtDeadline}.
 */
@BpmnBean("deadlineDeclarationDelegate")
class DeadlineDeclarationDelegate implements JavaDelegate {

    private final EntryCompleteness completeness;
    private final Reviews reviews;

    DeadlineDeclarationDelegate(EntryCompleteness completeness, Reviews reviews) {
        this.completeness = completeness;
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long registrationId = ProcessVariables.registrationId(execution);
        List<String> reasons = completeness.whyIncomplete(registrationId);
        if (reasons.isEmpty()) {
            reviews.recordDeclaredAtDeadline(registrationId, execution.getCurrentActivityId());
        } else {
            reviews.recordAbandoned(registrationId, execution.getCurrentActivityId(), String.join("；", reasons));
        }
        ProcessVariables.setDeclaredAtDeadline(execution, reasons.isEmpty());
    }
}
