package org.warmaid.process.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of each decision, remembered for a few seconds, so that an eligibility
 * check does not look up its five decisions in the database every time. A deployment made on this
 * node clears it as soon as the deployment is committed; one made on another node of a cluster
 * applies here once the remembered entry expires.
 */
@Component
class LatestDecisions extends AbstractProcessEnginePlugin {

    static final Duration LIFETIME = Duration.ofSeconds(5);

    private final Cache<String, DecisionDefinition> byKey = Caffeine.newBuilder().expireAfterWrite(LIFETIME).build();

    /** The remembered latest definition of the key, or the one {@code lookup} finds (null: not deployed). */
    DecisionDefinition get(String key, Function<String, DecisionDefinition> lookup) {
        return byKey.get(key, lookup);
    }

    void forget() {
        byKey.invalidateAll();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPostDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(deployment -> forgetOnceCommitted());
        configuration.setCustomPostDeployers(deployers);
    }

    /** Forgetting before the commit would let a concurrent check remember the old version again. */
    private void forgetOnceCommitted() {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            forget();
            return;
        }
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> forget());
    }
}
