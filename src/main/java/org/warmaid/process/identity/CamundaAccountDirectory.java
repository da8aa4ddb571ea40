package org.warmaid.process.identity;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccountDirectory;
import org.warmaid.accounts.AccountIds;
import org.warmaid.accounts.NewAccount;
import org.warmaid.accounts.PersonNames;

/** The account directory kept in Camunda's identity service, so Admin and Tasklist share it. */
@Component
class CamundaAccountDirectory implements AccountDirectory {

    /** An id no account has (and none can be given: the unit accounts' ids are their codes). */
    private static final String NO_ACCOUNT = "noaccount";

    private final IdentityService identity;
    private final EngineAccess engineAccess;

    CamundaAccountDirectory(IdentityService identity, EngineAccess engineAccess) {
        this.identity = identity;
        this.engineAccess = engineAccess;
    }

    @Override
    public void ensureUnitGroups(String unitCode, String unitName) {
        engineAccess.ensureUnitGroups(unitCode, unitName);
    }

    @Override
    public boolean ensureAccount(NewAccount account) {
        boolean created = false;
        PersonNames.Split name = PersonNames.split(account.name());
        User existing = identity.createUserQuery().userId(account.id()).singleResult();
        if (existing == null) {
            User user = identity.newUser(account.id());
            user.setFirstName(name.givenName());
            user.setLastName(name.familyName());
            user.setPassword(account.password());
            identity.saveUser(user);
            created = true;
        } else if (!name.givenName().equals(existing.getFirstName()) || !name.familyName().equals(existing.getLastName())) {
            rename(account.id(), account.name());
        }
        Set<String> groups = groupsOf(account.id());
        for (String group : account.groups()) {
            if (!groups.contains(group)) {
                identity.createMembership(account.id(), group);
            }
        }
        return created;
    }

    @Override
    public boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (!AccountIds.possible(userId)) {
            // no account has such an id; checked as an unknown account is, so that it takes as long
            identity.checkPassword(NO_ACCOUNT, password);
            return false;
        }
        return identity.checkPassword(userId, password);
    }

    @Override
    public Optional<String> passwordStamp(String userId) {
        if (AccountIds.possible(userId) && identity.createUserQuery().userId(userId).singleResult() instanceof UserEntity user && user.getPassword() != null) {
            return Optional.of(user.getPassword() + "|" + user.getSalt());
        }
        return Optional.empty();
    }

    @Override
    public Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<String> displayName(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(user -> PersonNames.full(user.getFirstName(), user.getLastName()))
                .filter(name -> !name.isBlank());
    }

    @Override
    public void rename(String userId, String name) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        PersonNames.Split split = PersonNames.split(name);
        user.setFirstName(split.givenName());
        user.setLastName(split.familyName());
        identity.saveUser(user);
    }

    @Override
    public Optional<java.time.Instant> lockedUntil(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity entity
                && entity.getLockExpirationTime() != null && entity.getLockExpirationTime().after(new java.util.Date())) {
            return Optional.of(entity.getLockExpirationTime().toInstant());
        }
        return Optional.empty();
    }

    @Override
    public void unlock(String userId) {
        identity.unlockUser(userId);
    }

    @Override
    public void changePassword(String userId, String newPassword) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(newPassword);
        identity.saveUser(user);
    }
}
