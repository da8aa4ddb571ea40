package org.warmaid.accounts;

import java.util.Optional;
import java.util.Set;

/**
 * The one identity store of the system (users, groups, memberships, passwords). Tasklist, Cockpit,
 * Admin, the engine REST API, the portal and the JSON API all authenticate against it.
 */
public interface AccountDirectory {

    /**
     * Makes sure the unit's two groups exist ({@code unit-…} for its union, {@code party-…} for its
     * party committee) together with what the party committee may see in Tasklist. Idempotent.
     */
    void ensureUnitGroups(String unitCode, String unitName);

    /** Creates the account unless one with that id exists, and adds it to its groups. */
    boolean ensureAccount(NewAccount account);

    boolean exists(String userId);

    boolean checkPassword(String userId, String password);

    /**
     * A value that changes whenever the account's password changes, on whichever node or route it is
     * changed (the stored hash and salt); empty for an unknown account.
     */
    Optional<String> passwordStamp(String userId);

    Set<String> groupsOf(String userId);

    Optional<String> displayName(String userId);

    void changePassword(String userId, String newPassword);

    /** The person's display name changed (e.g. a new union head). */
    void rename(String userId, String name);

    /** Until when the account is locked after repeated failed logins; empty when it is not. */
    Optional<java.time.Instant> lockedUntil(String userId);

    void unlock(String userId);
}
