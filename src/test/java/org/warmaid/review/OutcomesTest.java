package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmaid.registration.Stage;

class OutcomesTest {

    private static final Instant T = Instant.parse("2027-01-10T02:00:00Z");

    @Test
    void paidShowsTheApprovedAmountThePaymentDayAndEveryStep() {
        Outcome outcome = Outcomes.outcome(Stage.PAID, List.of(
                step("Task_EnterRegistration", "单位上报", StepDecision.SUBMITTED, null, null),
                step("Task_ReviewByPartyCommittee", "党委审核", StepDecision.APPROVE, "情况属实", null),
                step("Task_ReviewByProvincialUnion", "工委审核", StepDecision.APPROVE, null, "1200.00"),
                step("Task_PayOut", "资助金发放", StepDecision.PAID, "WA17", "1200.00")));
        assertThat(outcome.approvedAmount()).isEqualByComparingTo("1200");
        assertThat(outcome.isPaid()).isTrue();
        assertThat(outcome.paidAt()).isEqualTo(T);
        assertThat(outcome.isNotAided()).isFalse();
        assertThat(outcome.steps()).extracting(Outcome.Step::comment).contains("情况属实");
    }

    @Test
    void eachWayOfEndingWithoutAidNamesItsReason() {
        assertThat(Outcomes.outcome(Stage.REJECTED, List.of(
                step("Task_ReviewByPartyCommittee", "党委审核", StepDecision.REJECT, "家庭收入不属实", null))).notAidedReason())
                .isEqualTo("党委审核：不予通过。家庭收入不属实");
        assertThat(Outcomes.outcome(Stage.DOCUMENTS_INCOMPLETE, List.of(
                step("Task_CheckSupportingDocuments", "佐证材料审核", StepDecision.INCOMPLETE, "缺诊断书", null)))
                .notAidedReason()).contains("材料不全", "缺诊断书");
        assertThat(Outcomes.outcome(Stage.ABANDONED, List.of(
                step("Task_DeclareAtDeadline", "申报截止", StepDecision.ABANDONED, "请填写家庭现住址", null)))
                .notAidedReason()).contains("视为放弃", "请填写家庭现住址");
        assertThat(Outcomes.outcome(Stage.PAYOUT_CANCELLED, List.of(
                step("Task_ResolveFailedPayment", "发放失败处理", StepDecision.CANCEL, "职工已调离", null))).notAidedReason())
                .contains("职工已调离");
        assertThat(Outcomes.outcome(Stage.PARTY_REVIEW, List.of()).notAidedReason()).isNull();
    }

    private static ReviewStep step(String task, String name, StepDecision decision, String comment, String amount) {
        return new ReviewStep(7L, task, name, decision, comment, amount == null ? null : new BigDecimal(amount), "x", T, true);
    }
}
