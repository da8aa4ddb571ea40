package org.warmaid.process;

/** Ids fixed by the process model, bpmn/HardshipAidProcess.bpmn (mapped to code in docs/architecture.md). */
public final class ProcessIds {

    public static final String PROCESS = "HardshipAidProcess";

    public static final String TASK_ENTER_REGISTRATION = "Task_EnterRegistration";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_DECLARE_AT_DEADLINE = "Task_DeclareAtDeadline";
    public static final String TASK_RETURN_TO_UNIT = "Task_ReturnToUnit";
    public static final String TASK_REVIEW_BY_PARTY_COMMITTEE = "Task_ReviewByPartyCommittee";
    public static final String TASK_REVIEW_BY_PROVINCIAL_UNION = "Task_ReviewByProvincialUnion";
    public static final String TASK_VISIT_HOUSEHOLD = "Task_VisitHousehold";
    public static final String TASK_CHECK_SUPPORTING_DOCUMENTS = "Task_CheckSupportingDocuments";
    public static final String TASK_PAY_OUT = "Task_PayOut";
    public static final String TASK_RESOLVE_FAILED_PAYMENT = "Task_ResolveFailedPayment";

    public static final String END_PAID = "EndEvent_Paid";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_DOCUMENTS_INCOMPLETE = "EndEvent_DocumentsIncomplete";
    public static final String END_ABANDONED = "EndEvent_Abandoned";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_PAYOUT_CANCELLED = "EndEvent_PayoutCancelled";

    public static final String MESSAGE_PAYOUT_CONFIRMED = "PayoutConfirmed";
    public static final String MESSAGE_REGISTRATION_WITHDRAWN = "RegistrationWithdrawn";
    public static final String MESSAGE_PAYOUT_FAILED = "PayoutFailed";
    public static final String MESSAGE_SUBMISSION_TAKEN_BACK = "SubmissionTakenBack";

    private ProcessIds() {
    }
}
