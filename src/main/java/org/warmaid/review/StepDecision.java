package org.warmaid.review;

/**
 * What a step of the review history decided, with the words the history shows for it. Stored by
 * name (review_step.decision); the words are stored beside it as they were when the step was made.
 */
public enum StepDecision {
    SUBMITTED("已上报"),
    DECLARED_AT_DEADLINE("截止时登记完整，视为已上报"),
    ABANDONED("截止时登记不完整，视为放弃"),
    TAKEN_BACK("党委审核前撤回上报，回到单位修改"),
    ELIGIBLE("符合资助条件"),
    NOT_ELIGIBLE("不符合资助条件，退回单位"),
    APPROVE(ReviewDecision.APPROVE.label()),
    RETURN(ReviewDecision.RETURN.label()),
    REJECT(ReviewDecision.REJECT.label()),
    UNTRUTHFUL_DECLARATION("认定在申请、核查阶段不如实提供家庭收入以及财产状况（附件3第二部分（五）），不予资助"),
    CONFIRMED("走访属实"),
    NOT_CONFIRMED("走访未确认，不予资助"),
    COMPLETE("材料齐全"),
    INCOMPLETE("材料不全，视为不合格"),
    RETRY(PayoutResolution.RETRY.label()),
    CANCEL(PayoutResolution.CANCEL.label()),
    PAID("已发放"),
    PAYMENT_FAILED("发放失败");

    private final String label;

    StepDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static StepDecision of(ReviewDecision decision) {
        return valueOf(decision.name());
    }

    static StepDecision of(PayoutResolution resolution) {
        return valueOf(resolution.name());
    }
}
