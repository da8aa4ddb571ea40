package org.warmaid.process;

import static org.warmaid.process.ProcessVariables.DOCUMENTS_COMMENT;
import static org.warmaid.process.ProcessVariables.DOCUMENTS_COMPLETE;
import static org.warmaid.process.ProcessVariables.DOCUMENT_VERDICT_PREFIX;
import static org.warmaid.process.ProcessVariables.REQUIRED_DOCUMENTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.process.forms.TaskForms;
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

    DocumentCheckListener(Reviews reviews, EligibilityChecks eligibility) {
        this.reviews = reviews;
        this.eligibility = eligibility;
    }

    @Override
    public void notify(DelegateTask task) {
        Long registrationId = ProcessVariables.registrationIdOf(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            List<String> stale = new ArrayList<>(List.of(DOCUMENTS_COMPLETE, DOCUMENTS_COMMENT));
            TaskForms.DOCUMENTS.forEach(document -> stale.add(DOCUMENT_VERDICT_PREFIX + document));
            task.getExecution().removeVariables(stale);
            List<String> required = eligibility.latestRequiredDocuments(registrationId);
            if (required.isEmpty()) {
                required = List.of("ID_AND_BANK_CARD");
            }
            task.getExecution().setVariable(REQUIRED_DOCUMENTS, String.join(",", required));
            return;
        }
        List<String> required = Arrays.asList(((String) task.getVariable(REQUIRED_DOCUMENTS)).split(","));
        Map<String, Object> verdicts = new HashMap<>();
        required.forEach(document -> verdicts.put(document, task.getVariable(DOCUMENT_VERDICT_PREFIX + document)));
        boolean complete = reviews.recordDocumentCheck(registrationId, task.getTaskDefinitionKey(), required, verdicts,
                (String) task.getVariable(DOCUMENTS_COMMENT), Actors.of(task));
        task.setVariable(DOCUMENTS_COMPLETE, complete);
    }
}
