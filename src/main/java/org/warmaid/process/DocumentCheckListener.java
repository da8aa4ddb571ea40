package org.warmaid.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.review.Reviews;

/**
 * Task_CheckSupportingDocuments. On create the checklist is set from RequiredDocuments (as the
 * registration's eligibility check found it); on complete each document needs PASS or FAIL, and
 * {@code documentsComplete} is true only when every one passed.
 */
@BpmnBean("documentCheckListener")
class DocumentCheckListener implements TaskListener {

    private final Reviews reviews;
    private final EligibilityChecks eligibility;
    private final Actors actors;

    DocumentCheckListener(Reviews reviews, EligibilityChecks eligibility, Actors actors) {
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ProcessVariables.registrationId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProcessVariables.clearDocumentCheck(task);
            List<String> required = eligibility.latestRequiredDocuments(registrationId);
            if (required.isEmpty()) {
                required = List.of("ID_AND_BANK_CARD");
            }
            ProcessVariables.setRequiredDocuments(task, required);
            return;
        }
        List<String> required = ProcessVariables.requiredDocuments(task);
        Map<String, Object> verdicts = new HashMap<>();
        required.forEach(document -> verdicts.put(document, ProcessVariables.documentVerdict(task, document)));
        boolean complete = reviews.recordDocumentCheck(registrationId, task.getTaskDefinitionKey(), required, verdicts,
                ProcessVariables.documentsComment(task), actors.of(task));
        ProcessVariables.setDocumentsComplete(task, complete);
    }
}
