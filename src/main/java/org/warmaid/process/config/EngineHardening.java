package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What the engine is not allowed to do here: store passwords with a fast hash (BCrypt instead of
 * the default single SHA-512; old hashes still verify and are replaced at the next change), and
 * run scripts — a deployment containing a script task is refused.
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
    }

    /** BCrypt, cost 10, through Spring Security's implementation. */
    static final class BcryptPasswords implements PasswordEncryptor {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

        @Override
        public String encrypt(String password) {
            return bcrypt.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return bcrypt.matches(password, encrypted);
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
