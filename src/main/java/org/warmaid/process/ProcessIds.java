package org.warmaid.process;

/** Ids fixed by the process contract (DESIGN §3). */
public final class ProcessIds {

    public static final String PROCESS = "HardshipAidProcess";

    public static final String TASK_ENTER_REGISTRATION = "Task_EnterRegistration";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_REVIEW_BY_PARTY_COMMITTEE = "Task_ReviewByPartyCommittee";
    public static final String TASK_REVIEW_BY_PROVINCIAL_UNION = "Task_ReviewByProvincialUnion";
    public static final String TASK_VISIT_HOUSEHOLD = "Task_VisitHousehold";
    public static final String TASK_CHECK_SUPPORTING_DOCUMENTS = "Task_CheckSupportingDocuments";
    public static final String TASK_PAY_OUT = "Task_PayOut";

    public static final String MESSAGE_PAYOUT_CONFIRMED = "PayoutConfirmed";

    private ProcessIds() {
    }
}
