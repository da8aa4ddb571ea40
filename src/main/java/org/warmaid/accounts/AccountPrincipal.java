package org.warmaid.accounts;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in: the account id, a display name, the groups and, for a unit account, its unit.
 */
public record AccountPrincipal(String id, String displayName, Set<String> groups, String unitCode,
        boolean passwordChangeRequired) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return id;
    }

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
