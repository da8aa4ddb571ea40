package org.warmaid.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.digest.ShaHashDigest;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A login's password check costs one slow hash whether the account exists, is locked or not: the
 * time of a failed login does not tell an attacker which accounts exist. Counted, not timed.
 */
class GuardedIdentityProviderTest {

    private static final AtomicInteger hashChecks = new AtomicInteger();
    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:guarded-identity;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("guarded-identity");
        configuration.setPasswordEncryptor(new CountingDigest());
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return GuardedIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new GuardedIdentityProvider();
            }
        });
        engine = configuration.buildProcessEngine();
        User user = engine.getIdentityService().newUser("known");
        user.setPassword("Right-Password-1");
        engine.getIdentityService().saveUser(user);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void anUnknownAccountCostsAsMuchAsAKnownOne() {
        assertThat(hashChecksOf(() -> engine.getIdentityService().checkPassword("known", "wrong"))).isEqualTo(1);
        assertThat(hashChecksOf(() -> engine.getIdentityService().checkPassword("nobody", "wrong"))).isEqualTo(1);
        assertThat(hashChecksOf(() -> engine.getIdentityService().checkPassword("known", "still wrong")))
                .as("within the engine's pause after a failure").isEqualTo(1);
        assertThat(engine.getIdentityService().checkPassword("nobody", "Right-Password-1")).isFalse();
    }

    private static int hashChecksOf(Runnable login) {
        int before = hashChecks.get();
        login.run();
        return hashChecks.get() - before;
    }

    static final class CountingDigest implements PasswordEncryptor {

        private final ShaHashDigest digest = new ShaHashDigest();

        @Override
        public String encrypt(String password) {
            return digest.encrypt(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            hashChecks.incrementAndGet();
            return digest.check(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return digest.hashAlgorithmName();
        }
    }
}
