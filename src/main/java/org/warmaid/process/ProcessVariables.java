package org.warmaid.process;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The few process variables: ids and what the gateways decide on. */
public final class ProcessVariables {

    public static final String REGISTRATION_ID = "registrationId";
    public static final String UNIT_CODE = "unitCode";
    public static final String REFERENCE = "reference";
    /**
     * For the task cards in Tasklist, task-local (with a copy of the reference): the worker's masked
     * name and the unit's name, "欧**远 · 省交通运输厅".
     */
    public static final String CARD_WORKER = "worker";
    public static final String ELIGIBLE = "eligible";
    public static final String DECLARED_AT_DEADLINE = "declaredAtDeadline";
    public static final String RETURNED_BY = "returnedBy";
    public static final String PARTY_DECISION = "partyDecision";
    public static final String PARTY_COMMENT = "partyComment";
    public static final String PROVINCIAL_DECISION = "provincialDecision";
    public static final String PROVINCIAL_COMMENT = "provincialComment";
    public static final String AID_AMOUNT = "aidAmount";
    public static final String SPOT_CHECK = "spotCheck";
    public static final String VISIT_CONFIRMED = "visitConfirmed";
    public static final String VISIT_NOTES = "visitNotes";
    /** 附件3 第二部分（五）: the reviewer finds the household did not declare its income and property truthfully. */
    public static final String PARTY_UNTRUTHFUL = "partyUntruthful";
    public static final String PROVINCIAL_UNTRUTHFUL = "provincialUntruthful";
    public static final String VISIT_UNTRUTHFUL = "visitUntruthful";
    public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
    public static final String DOCUMENT_VERDICT_PREFIX = "document_";
    public static final String DOCUMENTS_COMPLETE = "documentsComplete";
    public static final String DOCUMENTS_COMMENT = "documentsComment";
    public static final String PAYOUT_FAILURE_REASON = "payoutFailureReason";
    public static final String PAYOUT_RESOLUTION = "payoutResolution";
    public static final String PAYOUT_RESOLUTION_COMMENT = "payoutResolutionComment";
    public static final String RETRY_PAYOUT = "retryPayout";

    private ProcessVariables() {
    }

    /**
     * The registration of the task's process. Read from the task's execution, whose variables the
     * engine holds already: asking the task would first fetch the task's own variables (it has none).
     */
    static Long registrationIdOf(DelegateTask task) {
        return (Long) task.getExecution().getVariable(REGISTRATION_ID);
    }

    /** A yes of a form: true, or the word "true" that a form's radio button submits. */
    static boolean isYes(Object value) {
        return value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /**
     * Sets the variable unless it holds that value already, e.g. a decision the form submitted in
     * the form it is kept in: setting it again would write the same value to history once more.
     */
    static void setIfChanged(VariableScope scope, String name, Object value) {
        if (!Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }
}
