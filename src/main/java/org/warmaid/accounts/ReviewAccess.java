package org.warmaid.accounts;

import org.springframework.stereotype.Component;

/**
 * Who may read a registration for review: its own unit's party committee, the provincial
 * reviewers, finance and administrators. Nobody else — not another unit's party committee.
 */
@Component
public class ReviewAccess {

    public boolean mayRead(AccountPrincipal account, String unitCode) {
        return account != null && (account.isIn(AccessGroups.partyGroup(unitCode))
                || account.isIn(AccessGroups.PROVINCIAL_REVIEWERS)
                || account.isIn(AccessGroups.FINANCE)
                || account.isIn(AccessGroups.ADMINISTRATORS));
    }
}
