package org.warmaid.process.identity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.warmaid.accounts.PasswordChanges;
import org.warmaid.accounts.PasswordPolicy;
import org.warmaid.process.config.CommandFields;

/**
 * One password policy on every route that sets a password. The portal and the JSON API check it
 * themselves ({@link PasswordChanges}); here the engine does, for Camunda Admin, the welcome page,
 * the engine REST API and the webapps' engine API:
 * <ul>
 * <li>the engine's password-policy hook holds the same rules (shown and checked as typed in the webapps);</li>
 * <li>a password an engine user sets is checked first, with the policy's Chinese messages and a 400,
 * not the engine's English 500;</li>
 * <li>a password set by its owner ends the first-login obligation; one set by someone else (an
 * administrator) starts it, like any password handed to a person;</li>
 * <li>a login's password check takes the same time whether the account exists or not
 * ({@link GuardedIdentityProvider}).</li>
 * </ul>
 */
@Component
class EnginePasswords extends AbstractProcessEnginePlugin {

    private static final Field SAVED_USER = CommandFields.of(SaveUserCmd.class, "user");
    private static final Field NEW_PASSWORD = CommandFields.of(UserEntity.class, "newPassword");

    private final PasswordPolicy policy;
    private final ObjectProvider<PasswordChanges> passwords;

    EnginePasswords(PasswordPolicy policy, ObjectProvider<PasswordChanges> passwords) {
        this.policy = policy;
        this.passwords = passwords;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new EnginePasswordPolicy(policy));
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
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new PasswordsSetByEngineUsers());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class PasswordsSetByEngineUsers extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            String actor = context.getAuthenticatedUserId();
            UserEntity user = command instanceof SaveUserCmd && actor != null
                    && ReflectionUtils.getField(SAVED_USER, command) instanceof UserEntity entity ? entity : null;
            String password = user == null ? null : (String) ReflectionUtils.getField(NEW_PASSWORD, user);
            if (password == null) {
                return next.execute(command);
            }
            boolean sameAsCurrent = user.getRevision() > 0 && context.getSession(WritableIdentityProvider.class)
                    instanceof GuardedIdentityProvider identity && identity.isCurrentPassword(user, password);
            List<String> problems = passwords.getObject().policyProblems(user.getId(), user.getFirstName(),
                    user.getLastName(), password, sameAsCurrent);
            if (!problems.isEmpty()) {
                throw new BadUserRequestException(String.join("；", problems));
            }
            T result = next.execute(command);
            if (actor.equals(user.getId())) {
                passwords.getObject().changedThroughTheEngine(user.getId());
            } else {
                passwords.getObject().issuedThroughTheEngine(user.getId(), actor);
            }
            return result;
        }
    }
}
