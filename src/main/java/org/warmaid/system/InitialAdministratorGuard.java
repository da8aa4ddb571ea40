package org.warmaid.system;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In production (profile "mariadb") the first administrator comes from the environment. Refuses to
 * start with a missing or trivially short password instead of creating a guessable account.
 */
public class InitialAdministratorGuard implements EnvironmentPostProcessor {

    static final int MINIMUM_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("mariadb")) {
            return;
        }
        String id = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (id.isBlank() || password.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("Profile 'mariadb' needs the first administrator from the environment: "
                    + "set WARMAID_ADMIN_USER and WARMAID_ADMIN_PASSWORD (at least " + MINIMUM_LENGTH + " characters).");
        }
    }
}
