package org.warmaid.process.identity;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The application's password policy ({@link org.warmaid.accounts.PasswordPolicy}) as the engine's
 * password-policy hook, so that Camunda Admin and the welcome page show its rules and check a new
 * password as it is typed. The engine applies it to every password an engine user sets; the
 * initial passwords the application itself issues (the notice's {@code 0}, a one-time random one)
 * are outside it, and must be changed at the first login.
 */
final class EnginePasswordPolicy implements PasswordPolicy {

    private final List<PasswordPolicyRule> rules;

    EnginePasswordPolicy(org.warmaid.accounts.PasswordPolicy policy) {
        this.rules = List.of(
                new Rule("LENGTH", Map.of("minLength", String.valueOf(org.warmaid.accounts.PasswordPolicy.MIN_LENGTH)),
                        (password, user) -> policy.hasAllowedLength(password)),
                new Rule("WARMAID_CHARACTER_CLASSES", Map.of(), (password, user) -> policy.mixesCharacterClasses(password)),
                new Rule("USER_DATA", Map.of(), (password, user) -> user == null || !policy.containsOwner(password,
                        new org.warmaid.accounts.PasswordPolicy.Owner(user.getId(), user.getFirstName(), user.getLastName()))),
                new Rule("WARMAID_NOT_COMMON", Map.of(), (password, user) -> !policy.isCommon(password)));
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** Whether the password is being set by the application itself, inside one of its own engine calls. */
    static boolean setByTheApplication() {
        CommandContext command = Context.getCommandContext();
        return command != null && command.getAuthenticatedUserId() == null;
    }

    private record Rule(String placeholder, Map<String, String> parameters, BiPredicate<String, User> check)
            implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return placeholder;
        }

        @Override
        public Map<String, String> getParameters() {
            return parameters;
        }

        @Override
        public boolean execute(String candidatePassword) {
            return execute(candidatePassword, null);
        }

        @Override
        public boolean execute(String candidatePassword, User user) {
            return setByTheApplication() || check.test(candidatePassword, user);
        }
    }
}
