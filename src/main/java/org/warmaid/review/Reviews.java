package org.warmaid.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * Checks and records each step of a registration's way through review: submission, the eligibility
 * check, the two reviews, the home visit, the document check and the resolution of a failed
 * payment. A RETURN or REJECT needs a comment; only returns are shown to the unit.
 */
@Service
public class Reviews {

    public static final String SYSTEM = "system";

    private final ReviewSteps steps;
    private final Clock clock;
    private final AuditLog audit;

    Reviews(ReviewSteps steps, Clock clock, AuditLog audit) {
        this.steps = steps;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSubmission(Long registrationId, String taskKey, String actor) {
        save(registrationId, taskKey, "单位上报", StepDecision.SUBMITTED, null, null, actor, false);
    }

    /** At the closing time the registration was complete: it counts as declared (上报) by its unit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDeclaredAtDeadline(Long registrationId, String taskKey) {
        save(registrationId, taskKey, "申报截止", StepDecision.DECLARED_AT_DEADLINE, null, null, SYSTEM, true);
    }

    /** At the closing time the registration was incomplete: given up, with the reasons the unit sees. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAbandoned(Long registrationId, String taskKey, String reasons) {
        save(registrationId, taskKey, "申报截止", StepDecision.ABANDONED, reasons, null, SYSTEM, true);
    }

    /** The unit took back its 上报 before the party committee decided. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordTakenBack(Long registrationId, String taskKey, String actor) {
        save(registrationId, taskKey, "单位撤回上报", StepDecision.TAKEN_BACK, null, null, actor, true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEligibility(Long registrationId, String taskKey, boolean eligible, String summary) {
        save(registrationId, taskKey, "资格认定", eligible ? StepDecision.ELIGIBLE : StepDecision.NOT_ELIGIBLE, summary, null,
                SYSTEM, !eligible);
    }

    /**
     * The party committee's or the provincial union's decision, and with it the reviewer's finding
     * of an untruthful declaration, which only a refusal may come with.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewDecision recordDecision(SubmittedDecision submitted) {
        ReviewDecision decision = ReviewDecision.parse(submitted.decision())
                .orElseThrow(() -> new ReviewRefused("请选择审核结论：通过、退回修改或不予通过"));
        String text = blankToNull(submitted.comment());
        if (decision != ReviewDecision.APPROVE && text == null) {
            throw new ReviewRefused("“" + decision.label() + "”时必须填写审核意见，说明原因");
        }
        BigDecimal aidAmount = submitted.aidAmount();
        if (decision == ReviewDecision.APPROVE && submitted.amountRequired()) {
            if (aidAmount == null || aidAmount.signum() <= 0) {
                throw new ReviewRefused("审核通过时请填写大于0的资助金额");
            }
            if (aidAmount.stripTrailingZeros().scale() > 2) {
                throw new ReviewRefused("资助金额最多保留两位小数");
            }
        }
        save(submitted.registrationId(), submitted.taskKey(), submitted.step(), StepDecision.of(decision), text,
                decision == ReviewDecision.APPROVE ? aidAmount : null, submitted.actor(), decision == ReviewDecision.RETURN);
        if (submitted.foundUntruthful()) {
            recordUntruthfulDeclaration(submitted.registrationId(), submitted.taskKey(), submitted.step(),
                    decision == ReviewDecision.REJECT, submitted.comment(), submitted.actor());
        }
        return decision;
    }

    /**
     * The reviewer's finding of 附件3 第二部分（五）: the household did not declare its income and property
     * truthfully while applying or being checked. It comes with the step's own refusal (不予通过, or a
     * visit that did not confirm the hardship), whose comment is the reason the unit reads.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUntruthfulDeclaration(Long registrationId, String taskKey, String taskName, boolean refused,
            String reason, String actor) {
        if (!refused) {
            throw new ReviewRefused("认定“在申请、核查阶段不如实提供家庭收入以及财产状况”的，审核结论应为“不予通过”"
                    + "（入户走访为“未能确认困难情况”）");
        }
        save(registrationId, taskKey, taskName, StepDecision.UNTRUTHFUL_DECLARATION, blankToNull(reason), null, actor, true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordVisit(Long registrationId, String taskKey, Boolean confirmed, String notes, String actor) {
        if (confirmed == null) {
            throw new ReviewRefused("请填写走访结论：是否确认家庭困难情况属实");
        }
        String text = blankToNull(notes);
        if (!confirmed && text == null) {
            throw new ReviewRefused("走访未能确认困难情况时必须填写走访记录");
        }
        save(registrationId, taskKey, "入户走访", confirmed ? StepDecision.CONFIRMED : StepDecision.NOT_CONFIRMED, text, null,
                actor, false);
        return confirmed;
    }

    /**
     * One verdict (PASS or FAIL) for each required document; complete only when all pass.
     * @return whether the documents are complete
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordDocumentCheck(Long registrationId, String taskKey, List<String> requiredDocuments,
            Map<String, Object> verdicts, String comment, String actor) {
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (String document : requiredDocuments) {
            DocumentVerdict verdict = DocumentVerdict.parse(verdicts.get(document)).orElseThrow(() -> new ReviewRefused(
                    "请对每一项应附材料作出“合格”或“不合格”的判断（缺：" + RequiredDocumentLabels.of(document) + "）"));
            passed.put(document, verdict == DocumentVerdict.PASS);
        }
        boolean complete = passed.values().stream().allMatch(Boolean::booleanValue);
        String text = blankToNull(comment);
        if (!complete && text == null) {
            throw new ReviewRefused("佐证材料不合格时必须填写审核意见，说明缺少或不合格的材料");
        }
        record(new ReviewStep(registrationId, taskKey, "佐证材料审核", complete ? StepDecision.COMPLETE : StepDecision.INCOMPLETE,
                text, null, actor, clock.instant(), false).withDocumentChecks(passed.entrySet().stream()
                .map(verdict -> new DocumentCheck(verdict.getKey(), verdict.getValue())).toList()));
        return complete;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordPayoutResolution(Long registrationId, String taskKey, Object submitted, String comment,
            String actor) {
        PayoutResolution resolution = PayoutResolution.parse(submitted)
                .orElseThrow(() -> new ReviewRefused("请选择处理方式：下一批次重新发放或取消发放"));
        String text = blankToNull(comment);
        if (resolution == PayoutResolution.CANCEL && text == null) {
            throw new ReviewRefused("取消发放时必须填写原因");
        }
        save(registrationId, taskKey, "发放失败处理", StepDecision.of(resolution), text, null, actor, false);
        return resolution == PayoutResolution.RETRY;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPayment(Long registrationId, String taskKey, boolean paid, BigDecimal amount, String detail,
            String actor) {
        save(registrationId, taskKey, "资助金发放", paid ? StepDecision.PAID : StepDecision.PAYMENT_FAILED, detail, amount,
                actor, false);
    }

    /**
     * The registration's latest approval at the task, as recorded when it was made: the amount and
     * the approver a payment is made of, whatever any process variable says later.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Approval> latestApproval(Long registrationId, String taskKey) {
        return steps.latestWithDecision(registrationId, taskKey, StepDecision.APPROVE);
    }

    @Transactional(readOnly = true)
    public List<ReviewStep> history(Long registrationId) {
        return steps.of(registrationId);
    }

    @Transactional(readOnly = true)
    public List<ReviewStep> historyForUnit(Long registrationId) {
        return steps.visibleToUnit(registrationId);
    }

    private void save(Long registrationId, String taskKey, String taskName, StepDecision decision, String comment,
            BigDecimal amount, String actor, boolean visibleToUnit) {
        record(new ReviewStep(registrationId, taskKey, taskName, decision, comment, amount, actor, clock.instant(),
                visibleToUnit));
    }

    /** Every review decision is also an audit event (who, what, on which registration). */
    private void record(ReviewStep step) {
        steps.append(step);
        audit.successAs(step.getActor(), AuditAction.review(step.getDecision().name()), "registration_id",
                String.valueOf(step.getRegistrationId()), step.getTaskName() + "：" + step.getDecisionLabel()
                        + (step.getAidAmount() != null ? "，金额 " + step.getAidAmount() : "")
                        + (step.getComment() != null ? "，意见：" + step.getComment() : ""));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
