package org.warmaid.registration;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands; it always agrees with where its process waits or ended. */
public enum Stage {
    ENTERED("待上报"),
    RETURNED("已退回修改"),
    ELIGIBILITY_CHECK("资格核定中"),
    PARTY_REVIEW("党委审核中"),
    PROVINCIAL_REVIEW("工委审核中"),
    HOME_VISIT("入户走访中"),
    DOCUMENT_CHECK("佐证材料审核中"),
    AWAITING_PAYOUT("待发放"),
    PAYOUT_FAILED("发放失败待处理"),
    PAID("已发放"),
    PAYOUT_CANCELLED("发放已取消"),
    REJECTED("审核未通过"),
    DOCUMENTS_INCOMPLETE("佐证材料不合格"),
    ABANDONED("截止时登记不完整，视为放弃"),
    WITHDRAWN("已删除");

    /** The unit may still edit, delete and submit. */
    public static final Set<Stage> IN_ENTRY = EnumSet.of(ENTERED, RETURNED);

    public static final Set<Stage> ENDED = EnumSet.of(PAID, PAYOUT_CANCELLED, REJECTED, DOCUMENTS_INCOMPLETE, ABANDONED,
            WITHDRAWN);

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isInEntry() {
        return IN_ENTRY.contains(this);
    }
}
