package org.warmaid.review;

import java.math.BigDecimal;

/**
 * A review decision as its task form submitted it, to be checked and recorded: the choice as
 * submitted (APPROVE, RETURN or REJECT), the comment, whether the reviewer found the household's
 * declaration untruthful (附件3 第二部分（五）) and, from the provincial union, the amount it approves,
 * which an approval there must have.
 */
public record SubmittedDecision(Long registrationId, String taskKey, String step, Object decision, String comment,
        boolean foundUntruthful, BigDecimal aidAmount, boolean amountRequired, String actor) {

    /** The unit's party committee decides without an amount. */
    public static SubmittedDecision ofPartyCommittee(Long registrationId, String taskKey, Object decision, String comment,
            boolean foundUntruthful, String actor) {
        return new SubmittedDecision(registrationId, taskKey, "党委审核", decision, comment, foundUntruthful, null, false,
                actor);
    }

    /** The provincial union approves with the amount to be paid. */
    public static SubmittedDecision ofProvincialUnion(Long registrationId, String taskKey, Object decision, String comment,
            boolean foundUntruthful, BigDecimal aidAmount, String actor) {
        return new SubmittedDecision(registrationId, taskKey, "工委审核", decision, comment, foundUntruthful, aidAmount, true,
                actor);
    }
}
