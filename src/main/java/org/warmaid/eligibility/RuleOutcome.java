package org.warmaid.eligibility;

/** One result of a decision table: the code it gave and the rule's own description (its 附件3 clause). */
public record RuleOutcome(String code, String ruleText) {
}
