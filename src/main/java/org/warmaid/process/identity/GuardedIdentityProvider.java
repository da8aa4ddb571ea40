package org.warmaid.process.identity;

import static org.camunda.bpm.engine.impl.util.EncryptionUtil.saltPassword;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity store, with a password check that takes as long for an unknown or locked
 * account as for a known one: the slow hash is computed either way, so the time of a login does
 * not tell whether the account exists.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

    private static final String SALT = "0000000000000000000000==";
    private static volatile String standInHash;

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity user = userId == null ? null : findUserById(userId);
        if (user == null || password == null || isUserLocked(user)) {
            hashAsIfChecking(password);
            return false;
        }
        return super.checkPassword(userId, password);
    }

    /** Whether the password is the one the account has now (without counting a failed login). */
    boolean isCurrentPassword(UserEntity user, String password) {
        return user.getPassword() != null && password != null && matchPassword(password, user);
    }

    private void hashAsIfChecking(String password) {
        var manager = Context.getProcessEngineConfiguration().getPasswordManager();
        String hash = standInHash;
        if (hash == null) {
            hash = manager.encrypt(saltPassword("stand-in", SALT));
            standInHash = hash;
        }
        manager.check(saltPassword(password == null ? "" : password, SALT), hash);
    }
}
