package org.warmaid.process.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What the engine is not allowed to do here: store passwords with a fast hash (BCrypt instead of
 * the default single SHA-512; old hashes still verify and are replaced at the next change), and
 * run scripts — a deployment containing a script task is refused, and no scripting language is
 * available to the engine.
 */
@Component
@Order(100)
class EngineHardening extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine keeps checking its built-in SHA hashes, so existing passwords still verify
        configuration.setPasswordEncryptor(new BcryptPasswords());
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new NoScripts());
        configuration.setCustomPreBPMNParseListeners(listeners);
        configuration.setEnableScriptEngineLoadExternalResources(false);
        configuration.setScriptEngineResolver(new NoScriptEngines());
    }

    /**
     * No scripting language at all, not even the engine's built-in JUEL script engine: a script
     * that got into a model (the deployment check refuses them) finds nothing to run it, in BPMN and
     * in DMN alike.
     */
    static final class NoScriptEngines implements ScriptEngineResolver {

        private final ScriptEngineManager none = new ScriptEngineManager(null);

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
            // none are added
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return none;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            return null;
        }
    }

    /**
     * BCrypt, cost 10, through Spring Security's implementation. BCrypt reads at most 72 bytes and
     * refuses longer input, while the engine appends its own salt (24 characters) to the password:
     * an input longer than 72 bytes (a password of more than 48 ASCII characters, or of 24 Chinese
     * ones) is first reduced to its SHA-256, so that every password the policy allows (up to 64
     * characters) can be stored and checked.
     */
    static final class BcryptPasswords implements PasswordEncryptor {

        private static final int BCRYPT_MAX_BYTES = 72;

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

        @Override
        public String encrypt(String password) {
            return bcrypt.encode(withinBcryptLimit(password));
        }

        @Override
        public boolean check(String password, String encrypted) {
            return bcrypt.matches(withinBcryptLimit(password), encrypted);
        }

        static String withinBcryptLimit(String password) {
            byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= BCRYPT_MAX_BYTES) {
                return password;
            }
            try {
                return "sha256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String hashAlgorithmName() {
            return "BCRYPT";
        }
    }

    /** No script tasks: the application runs no scripts, so a model that does is refused at deployment. */
    static final class NoScripts extends AbstractBpmnParseListener {

        @Override
        public void parseScriptTask(Element scriptTaskElement, ScopeImpl scope, ActivityImpl activity) {
            throw new IllegalArgumentException("script tasks are not allowed in this system: " + activity.getId());
        }
    }
}
