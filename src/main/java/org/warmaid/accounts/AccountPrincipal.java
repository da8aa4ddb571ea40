package org.warmaid.accounts;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in: the account id, a display name, the groups and, for a unit account, its unit.
 */
public record AccountPrincipal(String id, String displayName, Set<String> groups, String unitCode)
        implements Serializable {

    public boolean isUnitAccount() {
        return unitCode != null;
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    @Override
    public String toString() {
        return id;
    }
}
