package org.warmaid.accounts;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in: the account id, the groups and, for a unit account, its unit. It is kept in the
 * HTTP session, which is stored in the database and holds no personal data: the account holder's
 * name is looked up when a page shows it ({@link AccountDirectory#displayName}).
 */
public record AccountPrincipal(String id, Set<String> groups, String unitCode,
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
