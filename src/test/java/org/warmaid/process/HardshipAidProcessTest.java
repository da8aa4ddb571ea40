package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warmaid.audit.AuditLog;
import org.warmaid.eligibility.EligibilityChecks;
import org.warmaid.eligibility.EligibilityRecord;
import org.warmaid.payout.Payouts;
import org.warmaid.registration.EntryCompleteness;
import org.warmaid.registration.RegistrationStages;
import org.warmaid.registration.Stage;
import org.warmaid.review.RecordingReviews;
import org.warmaid.review.ReviewStep;
import org.warmaid.review.Reviews;
import org.warmaid.review.SpotChecks;
import org.warmaid.review.StepDecision;

/**
 * Every path of {@code HardshipAidProcess}: the happy path to EndEvent_Paid and each detour. The
 * process's own listeners and delegates run for real; the domain services behind them are mocks.
 */
@Deployment(resources = {"bpmn/HardshipAidProcess.bpmn"})
class HardshipAidProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.cfg.xml").build();

    static final long REGISTRATION = 7L;
    static final Instant DEADLINE = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    RegistrationStages stages = mock(RegistrationStages.class);
    RecordingReviews reviewLog = new RecordingReviews(mock(AuditLog.class));
    Reviews reviews = reviewLog.reviews();
    EligibilityChecks eligibility = mock(EligibilityChecks.class);
    EligibilityRecord record = mock(EligibilityRecord.class);
    Payouts payouts = mock(Payouts.class);
    SpotChecks spotChecks = mock(SpotChecks.class);
    EntryCompleteness completeness = mock(EntryCompleteness.class);

    @BeforeEach
    void wire() {
        when(stages.entryDeadline(REGISTRATION)).thenReturn(DEADLINE);
        when(stages.arrivedAtTask(eq(REGISTRATION), any())).thenReturn(new RegistrationStages.TaskCard("省交通运输厅", "刘*"));
        when(eligibility.checkAndRecord(REGISTRATION)).thenReturn(record);
        when(record.isEligible()).thenReturn(true);
        when(record.getExplanation()).thenReturn("符合附件3 第一部分（一）");
        when(eligibility.latestSuggestedAidAmount(REGISTRATION)).thenReturn(Optional.of(new BigDecimal("1000.00")));
        when(eligibility.latestRequiredDocuments(REGISTRATION)).thenReturn(List.of("ID_AND_BANK_CARD", "DIAGNOSIS"));

        Actors actors = new Actors(engine.getProcessEngine().getIdentityService());
        Mocks.register("stageTracker", new StageTracker(stages));
        Mocks.register("entryDeadlines", new EntryDeadlines(stages));
        Mocks.register("submissionListener", new SubmissionListener(reviews, actors));
        Mocks.register("checkEligibilityDelegate", new CheckEligibilityDelegate(eligibility, reviews));
        Mocks.register("returnToUnitDelegate", new ReturnToUnitDelegate(stages, reviews));
        Mocks.register("partyReviewListener", new PartyReviewListener(reviews, actors));
        Mocks.register("provincialReviewListener", new ProvincialReviewListener(reviews, eligibility, spotChecks, actors));
        Mocks.register("visitListener", new VisitListener(reviews, actors));
        Mocks.register("documentCheckListener", new DocumentCheckListener(reviews, eligibility, actors));
        Mocks.register("paymentResolutionListener", new PaymentResolutionListener(reviews, actors));
        Mocks.register("payoutEnlistment", new PayoutEnlistment(payouts, reviews));
        Mocks.register("deadlineDeclarationDelegate", new DeadlineDeclarationDelegate(completeness, reviews));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void happyPathFromEntryToPaid() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION);
        assertThat(task()).hasCandidateGroup("unit-u001");
        verify(stages).arrivedAtEntry(REGISTRATION);

        complete(task(), withVariables(ProcessVariables.SUBMITTED_BY, "u001"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE).variables().containsEntry("eligible", true);
        assertThat(task()).hasCandidateGroup("party-u001");
        verify(stages).arrivedAtTask(REGISTRATION, Stage.PARTY_REVIEW);

        complete(task(), withVariables("partyDecision", "APPROVE"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION);
        assertThat(task()).hasCandidateGroup("provincial-reviewers");
        assertThat(pi).variables().containsEntry("aidAmount", "1000").containsEntry("spotCheck", false);

        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1200.0));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS)
                .variables().containsEntry("requiredDocuments", "ID_AND_BANK_CARD,DIAGNOSIS");

        complete(task(), withVariables("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_PAY_OUT).variables().containsEntry("documentsComplete", true);
        verify(payouts).awaitPayment(eq(REGISTRATION), eq(new BigDecimal("1200.0")), any());

        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_CONFIRMED)
                .processInstanceBusinessKey("2027-U001-0007").correlate();
        assertThat(pi).isEnded().hasPassedInOrder(ProcessIds.TASK_ENTER_REGISTRATION, ProcessIds.TASK_CHECK_ELIGIBILITY,
                ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE, ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION,
                ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS, ProcessIds.TASK_PAY_OUT, ProcessIds.END_PAID);
        verify(stages).moveTo(REGISTRATION, Stage.PAID);
        assertThat(pi).hasNotPassed(ProcessIds.TASK_VISIT_HOUSEHOLD);
    }

    @Test
    void notEligibleGoesBackToTheUnitWithTheReasons() {
        when(record.isEligible()).thenReturn(false);
        when(record.getExplanation()).thenReturn("不符合附件3第一部分的任何一项");
        returnsVisibleComment("不符合附件3第一部分的任何一项");
        ProcessInstance pi = submitted();

        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION).hasPassed(ProcessIds.TASK_RETURN_TO_UNIT);
        verify(stages).returnToUnit(REGISTRATION, "资格认定未通过：不符合附件3第一部分的任何一项");
        verify(stages, times(2)).arrivedAtEntry(REGISTRATION);
    }

    @Test
    void partyCommitteeReturnsWithAComment() {
        returnsVisibleComment("家庭收入填写有误");
        ProcessInstance pi = submitted();
        complete(task(), withVariables("partyDecision", "RETURN", "partyComment", "家庭收入填写有误"));

        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION);
        verify(stages).returnToUnit(REGISTRATION, "党委审核退回：家庭收入填写有误");
    }

    @Test
    void aReturnOrRejectionWithoutACommentCannotBeCompleted() {
        ProcessInstance pi = submitted();
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("partyDecision", "RETURN")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("必须填写审核意见");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("partyDecision", "REJECT", "partyComment", "  ")))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("请选择审核结论");
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);
    }

    @Test
    void partyCommitteeRejects() {
        ProcessInstance pi = submitted();
        complete(task(), withVariables("partyDecision", "REJECT", "partyComment", "不属于困难职工"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
        verify(stages).moveTo(REGISTRATION, Stage.REJECTED);
    }

    @Test
    void provincialUnionReturnsAndTheUnitResubmits() {
        returnsVisibleComment("请补充诊断证明");
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "RETURN", "provincialComment", "请补充诊断证明"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION);
        verify(stages).returnToUnit(REGISTRATION, "省直机关工会工委审核退回：请补充诊断证明");

        complete(task());
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);
        assertThat(pi).variables().doesNotContainKey("partyDecision");
    }

    @Test
    void provincialUnionRejects() {
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "REJECT", "provincialComment", "拥有商业店铺"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
    }

    @Test
    void anApprovalNeedsAnAidAmount() {
        ProcessInstance pi = atProvincialReview();
        String taskId = task().getId();
        java.util.HashMap<String, Object> noAmount = new java.util.HashMap<>();
        noAmount.put("provincialDecision", "APPROVE");
        noAmount.put("aidAmount", null);
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, noAmount))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("资助金额");
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION);
    }

    @Test
    void aSpotCheckedHouseholdIsVisitedAndConfirmed() {
        when(spotChecks.preselectFor(REGISTRATION)).thenReturn(true);
        ProcessInstance pi = atProvincialReview();
        assertThat(pi).variables().containsEntry("spotCheck", true);
        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_VISIT_HOUSEHOLD);
        verify(stages).arrivedAtTask(REGISTRATION, Stage.HOME_VISIT);

        complete(task(), withVariables("visitConfirmed", "true"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS);
    }

    @Test
    void reviewersMayAddAHouseholdToTheSpotCheck() {
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", true));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_VISIT_HOUSEHOLD);
    }

    @Test
    void decisionsAreKeptInTheirNormalFormAndWrittenToHistoryOnlyWhenTheyChange() {
        when(spotChecks.preselectFor(REGISTRATION)).thenReturn(true);
        ProcessInstance pi = submitted();
        complete(task(), withVariables("partyDecision", " APPROVE "));
        assertThat(pi).variables().containsEntry("partyDecision", "APPROVE");
        assertThat(historicUpdatesOf(pi, "partyDecision")).containsExactly(" APPROVE ", "APPROVE");

        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_VISIT_HOUSEHOLD).variables().containsEntry("spotCheck", true);
        assertThat(historicUpdatesOf(pi, "provincialDecision")).containsExactly("APPROVE");
        assertThat(historicUpdatesOf(pi, "spotCheck")).containsExactly(true);

        complete(task(), withVariables("visitConfirmed", "true"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS).variables()
                .containsEntry("visitConfirmed", true);
        assertThat(historicUpdatesOf(pi, "visitConfirmed")).containsExactly("true", true);
    }

    private List<Object> historicUpdatesOf(ProcessInstance pi, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> update.getVariableName().equals(variable))
                .map(HistoricVariableUpdate::getValue).toList();
    }

    @Test
    void anUnconfirmedVisitEndsRejectedAndNeedsNotes() {
        when(spotChecks.preselectFor(REGISTRATION)).thenReturn(true);
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000));
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("visitConfirmed", "false")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("走访记录");

        complete(task(), withVariables("visitConfirmed", "false", "visitNotes", "家中有两处商铺"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
    }

    @Test
    void incompleteDocumentsEndTheRegistrationAsNotQualified() {
        ProcessInstance pi = atDocumentCheck();
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("document_ID_AND_BANK_CARD", "PASS")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("大重病住院诊断结果");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "FAIL")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("必须填写审核意见");

        complete(task(), withVariables("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "FAIL",
                "documentsComment", "缺少诊断证明"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_DOCUMENTS_INCOMPLETE).variables()
                .containsEntry("documentsComplete", false);
        verify(stages).moveTo(REGISTRATION, Stage.DOCUMENTS_INCOMPLETE);
    }

    @Test
    void atTheEntryDeadlineACompleteSavedRegistrationCountsAsDeclaredAndGoesToTheParty() {
        when(completeness.whyIncomplete(REGISTRATION)).thenReturn(List.of());
        ProcessInstance pi = start();
        assertThat(job()).hasDueDate(Date.from(DEADLINE));
        execute(job());
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE)
                .hasPassedInOrder(ProcessIds.TASK_DECLARE_AT_DEADLINE, ProcessIds.TASK_CHECK_ELIGIBILITY)
                .hasNotPassed(ProcessIds.END_ABANDONED)
                .variables().containsEntry(ProcessVariables.DECLARED_AT_DEADLINE, true);
        assertThat(task()).hasCandidateGroup("party-u001");
        verify(stages).arrivedAtTask(REGISTRATION, Stage.PARTY_REVIEW);
        assertThat(reviewLog.recorded()).anyMatch(step -> step.getDecision() == StepDecision.DECLARED_AT_DEADLINE
                && step.isVisibleToUnit() && step.getActor().equals(Reviews.SYSTEM));
    }

    @Test
    void atTheEntryDeadlineAnIncompleteRegistrationEndsAbandonedWithItsReasons() {
        when(completeness.whyIncomplete(REGISTRATION)).thenReturn(List.of("请填写家庭现住址", "其他家庭成员第1人：请填写家庭成员年龄"));
        ProcessInstance pi = start();
        execute(job());
        assertThat(pi).isEnded().hasPassedInOrder(ProcessIds.TASK_DECLARE_AT_DEADLINE, ProcessIds.END_ABANDONED)
                .hasNotPassed(ProcessIds.TASK_CHECK_ELIGIBILITY);
        verify(stages).moveTo(REGISTRATION, Stage.ABANDONED);
        assertThat(reviewLog.recorded()).anyMatch(step -> step.getDecision() == StepDecision.ABANDONED
                && step.isVisibleToUnit() && step.getComment().equals("请填写家庭现住址；其他家庭成员第1人：请填写家庭成员年龄"));
    }

    @Test
    void aDeclaredRegistrationThatFailsTheCheckAtTheDeadlineGoesBackToTheUnit() {
        when(completeness.whyIncomplete(REGISTRATION)).thenReturn(List.of());
        when(record.isEligible()).thenReturn(false);
        returnsVisibleComment("不符合附件3第一部分的任何一项");
        ProcessInstance pi = start();
        execute(job());
        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION).hasPassed(ProcessIds.TASK_RETURN_TO_UNIT);
        verify(stages).returnToUnit(REGISTRATION, "资格认定未通过：不符合附件3第一部分的任何一项");
    }

    @Test
    void aReturnAfterTheDeadlineWaitsUntilItsOwnCorrectionDeadline() {
        Instant correction = DEADLINE.plus(48, ChronoUnit.HOURS);
        returnsVisibleComment("请更正");
        ProcessInstance pi = submitted();
        when(stages.entryDeadline(REGISTRATION)).thenReturn(correction);
        complete(task(), withVariables("partyDecision", "RETURN", "partyComment", "请更正"));

        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION);
        assertThat(job()).hasDueDate(Date.from(correction));
        when(completeness.whyIncomplete(REGISTRATION)).thenReturn(List.of("已退回修改（请更正），更正期限内未修改也未重新上报"));
        execute(job());
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_ABANDONED);
    }

    @Test
    void beforeThePartyDecidesTheUnitMayTakeBackItsSubmission() {
        ProcessInstance pi = submitted();
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);
        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_SUBMISSION_TAKEN_BACK)
                .processInstanceBusinessKey("2027-U001-0007").correlate();
        assertThat(pi).isWaitingAt(ProcessIds.TASK_ENTER_REGISTRATION);
        assertThat(task()).hasCandidateGroup("unit-u001");
        assertThat(job()).as("the entry deadline's timer again").hasDueDate(Date.from(DEADLINE));
        verify(stages, times(2)).arrivedAtEntry(REGISTRATION);

        complete(task());
        assertThat(pi).as("submitted again").isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);
    }

    @Test
    void onceThePartyHasDecidedThereIsNothingToTakeBack() {
        ProcessInstance pi = submitted();
        complete(task(), withVariables("partyDecision", "APPROVE"));
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_SUBMISSION_TAKEN_BACK)
                .processInstanceBusinessKey("2027-U001-0007").correlate())
                .isInstanceOf(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class);
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION);
    }

    @Test
    void thePartyCommitteeFindsAnUntruthfulDeclarationAndTheRegistrationIsNotAided() {
        ProcessInstance pi = submitted();
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("partyDecision", "APPROVE",
                ProcessVariables.PARTY_UNTRUTHFUL, "true")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审核结论应为“不予通过”");
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE);

        complete(task(), withVariables("partyDecision", "REJECT", "partyComment", "隐瞒配偶经营收入",
                ProcessVariables.PARTY_UNTRUTHFUL, "true"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
        assertThat(reviewLog.recorded()).anyMatch(step -> step.getDecision() == StepDecision.UNTRUTHFUL_DECLARATION
                && step.getComment().equals("隐瞒配偶经营收入") && step.isVisibleToUnit());
    }

    @Test
    void theProvincialReviewerFindsAnUntruthfulDeclaration() {
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "REJECT", "provincialComment", "名下另有商铺未申报",
                ProcessVariables.PROVINCIAL_UNTRUTHFUL, true));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
        assertThat(reviewLog.recorded()).anyMatch(step -> step.getDecision() == StepDecision.UNTRUTHFUL_DECLARATION
                && step.getTaskName().equals("工委审核"));
    }

    @Test
    void aHomeVisitFindsAnUntruthfulDeclaration() {
        when(spotChecks.preselectFor(REGISTRATION)).thenReturn(true);
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", true));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_VISIT_HOUSEHOLD);
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("visitConfirmed", "true",
                ProcessVariables.VISIT_UNTRUTHFUL, "true"))).isInstanceOf(ProcessEngineException.class);
        complete(task(), withVariables("visitConfirmed", "false", "visitNotes", "走访发现家中有两套住房未申报",
                ProcessVariables.VISIT_UNTRUTHFUL, "true"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_REJECTED);
        assertThat(reviewLog.recorded()).anyMatch(step -> step.getDecision() == StepDecision.UNTRUTHFUL_DECLARATION
                && step.getComment().equals("走访发现家中有两套住房未申报"));
    }

    @Test
    void deletingTheRegistrationWithdrawsItsProcess() {
        ProcessInstance pi = start();
        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_REGISTRATION_WITHDRAWN)
                .processInstanceBusinessKey("2027-U001-0007").correlate();
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_WITHDRAWN);
        verify(stages).moveTo(REGISTRATION, Stage.WITHDRAWN);
    }

    @Test
    void aFailedPaymentIsRetriedInALaterBatchAndThenPaid() {
        ProcessInstance pi = atPayOut();
        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_FAILED)
                .processInstanceBusinessKey("2027-U001-0007").setVariable("payoutFailureReason", "账户已销户").correlate();
        assertThat(pi).isWaitingAt(ProcessIds.TASK_RESOLVE_FAILED_PAYMENT);
        assertThat(task()).hasCandidateGroup("finance");
        verify(stages).arrivedAtTask(REGISTRATION, Stage.PAYOUT_FAILED);

        complete(task(), withVariables("payoutResolution", "RETRY"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_PAY_OUT);
        verify(payouts, times(2)).awaitPayment(anyLong(), any(), any());

        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_CONFIRMED)
                .processInstanceBusinessKey("2027-U001-0007").correlate();
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_PAID);
    }

    @Test
    void financeMayCancelAFailedPaymentWithAReason() {
        ProcessInstance pi = atPayOut();
        runtimeService().createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_FAILED)
                .processInstanceBusinessKey("2027-U001-0007").setVariable("payoutFailureReason", "户名不符").correlate();
        String taskId = task().getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("payoutResolution", "CANCEL")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("原因");
        complete(task(), withVariables("payoutResolution", "CANCEL", "payoutResolutionComment", "职工已调离，经研究取消"));
        assertThat(pi).isEnded().hasPassed(ProcessIds.END_PAYOUT_CANCELLED);
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ProcessIds.PROCESS, "2027-U001-0007",
                Map.of("registrationId", REGISTRATION, "unitCode", "U001", "reference", "2027-U001-0007"));
        assertThat(pi).isStarted();
        return pi;
    }

    private ProcessInstance submitted() {
        ProcessInstance pi = start();
        complete(task());
        return pi;
    }

    private ProcessInstance atProvincialReview() {
        ProcessInstance pi = submitted();
        complete(task(), withVariables("partyDecision", "APPROVE"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION);
        return pi;
    }

    private ProcessInstance atDocumentCheck() {
        ProcessInstance pi = atProvincialReview();
        complete(task(), withVariables("provincialDecision", "APPROVE", "aidAmount", 1000));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS);
        return pi;
    }

    private ProcessInstance atPayOut() {
        ProcessInstance pi = atDocumentCheck();
        complete(task(), withVariables("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"));
        assertThat(pi).isWaitingAt(ProcessIds.TASK_PAY_OUT);
        return pi;
    }

    private void returnsVisibleComment(String comment) {
        ReviewStep step = mock(ReviewStep.class);
        when(step.getComment()).thenReturn(comment);
        reviewLog.unitReads(REGISTRATION, List.of(step));
    }

}
