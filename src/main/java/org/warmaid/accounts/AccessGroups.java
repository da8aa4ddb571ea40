package org.warmaid.accounts;

import java.util.Locale;

/** The group ids of the access model; they are contracts shared with the BPMN and Tasklist. */
public final class AccessGroups {

    public static final String PROVINCIAL_REVIEWERS = "provincial-reviewers";
    public static final String FINANCE = "finance";
    public static final String ANALYSTS = "analysts";
    public static final String ADMINISTRATORS = "camunda-admin";
    /** Read and export the audit log; nothing else. */
    public static final String AUDITORS = "auditors";

    private static final String UNIT_PREFIX = "unit-";
    private static final String PARTY_PREFIX = "party-";

    private AccessGroups() {
    }

    /** The unit union's group, e.g. {@code unit-u001} for unit {@code U001}. */
    public static String unitGroup(String unitCode) {
        return UNIT_PREFIX + unitCode.toLowerCase(Locale.ROOT);
    }

    /** The unit's party-committee reviewers, e.g. {@code party-u001}. */
    public static String partyGroup(String unitCode) {
        return PARTY_PREFIX + unitCode.toLowerCase(Locale.ROOT);
    }

    public static boolean isUnitGroup(String groupId) {
        return groupId.startsWith(UNIT_PREFIX);
    }
}
