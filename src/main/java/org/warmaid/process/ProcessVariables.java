package org.warmaid.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.warmaid.process.forms.TaskForms;
import org.warmaid.review.ReviewDecision;

/**
 * The few process variables (ids and what the gateways decide on), each read and written here with
 * its type: the names are the contract of the model's expressions and the task forms; what a form
 * submits is read as the form's value and checked by the review it belongs to.
 */
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
    public static final String SUBMITTED_BY = "submittedBy";
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

    /** What a process starts with: the registration, its unit and its reference. */
    static Map<String, Object> start(Long registrationId, String unitCode, String reference) {
        return Map.of(REGISTRATION_ID, registrationId, UNIT_CODE, unitCode, REFERENCE, reference);
    }

    static Long registrationId(VariableScope scope) {
        return (Long) scope.getVariable(REGISTRATION_ID);
    }

    /**
     * The registration of the task's process. Read from the task's execution, whose variables the
     * engine holds already: asking the task would first fetch the task's own variables (it has none).
     */
    static Long registrationId(DelegateTask task) {
        return registrationId(task.getExecution());
    }

    /** The two variables a task's card in Tasklist shows unopened, task-local: the reference and the worker. */
    static void setCard(DelegateTask task, String worker) {
        task.setVariableLocal(REFERENCE, task.getVariable(REFERENCE));
        task.setVariableLocal(CARD_WORKER, worker);
    }

    static void setEligible(VariableScope scope, boolean eligible) {
        scope.setVariable(ELIGIBLE, eligible);
    }

    static void setDeclaredAtDeadline(VariableScope scope, boolean declared) {
        scope.setVariable(DECLARED_AT_DEADLINE, declared);
    }

    static ReturnSource returnedBy(VariableScope scope) {
        return ReturnSource.valueOf((String) scope.getVariable(RETURNED_BY));
    }

    static void setReturnedBy(VariableScope scope, ReturnSource source) {
        scope.setVariable(RETURNED_BY, source.name());
    }

    /** Who submitted, as the portal passed it to the completion; null when an engine user completed it. */
    static String submittedBy(VariableScope scope) {
        return Objects.toString(scope.getVariable(SUBMITTED_BY), null);
    }

    /** The completion's variables of a submission in the portal, by the account that submitted. */
    static Map<String, Object> submission(String submittedBy) {
        return Variables.createVariables().putValueTyped(SUBMITTED_BY, Variables.stringValue(submittedBy, true));
    }

    /** The decision the form submitted, as it was submitted (the review parses and checks it). */
    static Object partyDecision(VariableScope scope) {
        return scope.getVariable(PARTY_DECISION);
    }

    static String partyComment(VariableScope scope) {
        return (String) scope.getVariable(PARTY_COMMENT);
    }

    static boolean partyFoundUntruthful(VariableScope scope) {
        return isYes(scope.getVariable(PARTY_UNTRUTHFUL));
    }

    /** Kept as the gateway reads it, the decision's name. */
    static void setPartyDecision(VariableScope scope, ReviewDecision decision) {
        setIfChanged(scope, PARTY_DECISION, decision.name());
    }

    /** A fresh form for the party committee: nothing of an earlier round of review. */
    static void clearPartyReview(DelegateTask task) {
        task.getExecution().removeVariables(List.of(PARTY_DECISION, PARTY_COMMENT, PARTY_UNTRUTHFUL));
    }

    static Object provincialDecision(VariableScope scope) {
        return scope.getVariable(PROVINCIAL_DECISION);
    }

    static String provincialComment(VariableScope scope) {
        return (String) scope.getVariable(PROVINCIAL_COMMENT);
    }

    static boolean provincialFoundUntruthful(VariableScope scope) {
        return isYes(scope.getVariable(PROVINCIAL_UNTRUTHFUL));
    }

    static void setProvincialDecision(VariableScope scope, ReviewDecision decision) {
        setIfChanged(scope, PROVINCIAL_DECISION, decision.name());
    }

    static void clearProvincialReview(DelegateTask task) {
        task.getExecution().removeVariables(List.of(PROVINCIAL_DECISION, PROVINCIAL_COMMENT, PROVINCIAL_UNTRUTHFUL));
    }

    /**
     * The amount on the provincial review's form, exactly as typed: the form submits a number, the
     * prefill is the decimal text of the suggested amount, and a process started before the prefill
     * was kept as text holds a double. Null when absent or not a number.
     */
    static BigDecimal aidAmount(VariableScope scope) {
        Object value = scope.getVariable(AID_AMOUNT);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Prefills the provincial review's amount with the suggested one (none: left empty). Kept as its
     * decimal text, "1000" or "850.5": a process variable has no decimal type, and a double is not
     * the amount of yuan and fen the decision gave.
     */
    static void setSuggestedAidAmount(DelegateTask task, BigDecimal amount) {
        task.getExecution().setVariable(AID_AMOUNT, amount == null ? null
                : Variables.stringValue(amount.stripTrailingZeros().toPlainString()));
    }

    static boolean spotCheck(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(SPOT_CHECK));
    }

    /** The spot-check choice on the provincial review's form (prefilled with the random pre-selection). */
    static void setSpotCheck(DelegateTask task, boolean spotCheck) {
        task.getExecution().setVariable(SPOT_CHECK, spotCheck);
    }

    /** The reviewer's choice kept as a yes or no, whatever the form submitted for it. */
    static void keepSpotCheck(VariableScope scope) {
        setIfChanged(scope, SPOT_CHECK, spotCheck(scope));
    }

    /** The visit's conclusion: a yes or no, also as the words "true" or "false"; null when not given. */
    static Boolean visitConfirmed(VariableScope scope) {
        Object value = scope.getVariable(VISIT_CONFIRMED);
        return value == null ? null : Boolean.valueOf(value.toString());
    }

    static void setVisitConfirmed(VariableScope scope, boolean confirmed) {
        setIfChanged(scope, VISIT_CONFIRMED, confirmed);
    }

    static String visitNotes(VariableScope scope) {
        return (String) scope.getVariable(VISIT_NOTES);
    }

    static boolean visitFoundUntruthful(VariableScope scope) {
        return isYes(scope.getVariable(VISIT_UNTRUTHFUL));
    }

    static void clearVisit(DelegateTask task) {
        task.getExecution().removeVariables(List.of(VISIT_CONFIRMED, VISIT_NOTES, VISIT_UNTRUTHFUL));
    }

    static List<String> requiredDocuments(VariableScope scope) {
        return Arrays.asList(((String) scope.getVariable(REQUIRED_DOCUMENTS)).split(","));
    }

    /** The checklist of the document check, as its form lists it: the documents' codes, separated by commas. */
    static void setRequiredDocuments(DelegateTask task, List<String> documents) {
        task.getExecution().setVariable(REQUIRED_DOCUMENTS, String.join(",", documents));
    }

    /** The verdict the form submitted for the document, as submitted (the review checks it). */
    static Object documentVerdict(VariableScope scope, String document) {
        return scope.getVariable(DOCUMENT_VERDICT_PREFIX + document);
    }

    static String documentsComment(VariableScope scope) {
        return (String) scope.getVariable(DOCUMENTS_COMMENT);
    }

    static void setDocumentsComplete(VariableScope scope, boolean complete) {
        scope.setVariable(DOCUMENTS_COMPLETE, complete);
    }

    /** A fresh checklist: no verdict of an earlier check is left over. */
    static void clearDocumentCheck(DelegateTask task) {
        List<String> stale = new ArrayList<>(List.of(DOCUMENTS_COMPLETE, DOCUMENTS_COMMENT));
        TaskForms.DOCUMENTS.forEach(document -> stale.add(DOCUMENT_VERDICT_PREFIX + document));
        task.getExecution().removeVariables(stale);
    }

    /** The message's variables of a payment the bank refused: the reason finance reads. */
    static Map<String, Object> payoutFailure(String reason) {
        return Variables.createVariables().putValue(PAYOUT_FAILURE_REASON, reason);
    }

    /** The resolution the form submitted, as submitted (the review checks it). */
    static Object payoutResolution(VariableScope scope) {
        return scope.getVariable(PAYOUT_RESOLUTION);
    }

    static String payoutResolutionComment(VariableScope scope) {
        return (String) scope.getVariable(PAYOUT_RESOLUTION_COMMENT);
    }

    static void setRetryPayout(VariableScope scope, boolean retry) {
        scope.setVariable(RETRY_PAYOUT, retry);
    }

    static void clearPayoutResolution(DelegateTask task) {
        task.getExecution().removeVariables(List.of(PAYOUT_RESOLUTION, PAYOUT_RESOLUTION_COMMENT, RETRY_PAYOUT));
    }

    /** A yes of a form: true, or the word "true" that a form's radio button submits. */
    private static boolean isYes(Object value) {
        return value != null && Boolean.parseBoolean(value.toString().trim());
    }

    /**
     * Sets the variable unless it holds that value already, e.g. a decision the form submitted in
     * the form it is kept in: setting it again would write the same value to history once more.
     */
    private static void setIfChanged(VariableScope scope, String name, Object value) {
        if (!Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }
}
