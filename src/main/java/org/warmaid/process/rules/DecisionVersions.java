package org.warmaid.process.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.process.SystemAccess;

/**
 * The deployed versions of each decision: which is live (the latest), their history, their content,
 * and new versions. Every new version is one engine deployment holding one decision file, made
 * under the engine's deployment lock (one deployment at a time in the whole cluster) in the
 * caller's transaction, so that what the caller records with it commits or rolls back with it.
 */
@Service
public class DecisionVersions {

    static final String DEPLOYMENT_NAME = "warm-aid-rules";

    private final RepositoryService repository;
    private final CommandExecutor commands;
    private final SystemAccess system;

    DecisionVersions(ProcessEngine engine, SystemAccess system) {
        this.repository = engine.getRepositoryService();
        this.commands = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
        this.system = system;
    }

    public Optional<DecisionVersion> live(String key) {
        return Optional.ofNullable(system.call(() -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(key).latestVersion().withoutTenantId().singleResult())).map(this::version);
    }

    /** Every version of the decision, the newest first. */
    public List<DecisionVersion> history(String key) {
        return system.call(() -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).withoutTenantId()
                .orderByDecisionDefinitionVersion().desc().list()).stream().map(this::version).toList();
    }

    public Optional<DecisionVersion> version(String key, int version) {
        return Optional.ofNullable(system.call(() -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(key).decisionDefinitionVersion(version).withoutTenantId().singleResult()))
                .map(this::version);
    }

    /** The DMN file of the version, byte for byte as deployed. */
    public byte[] content(DecisionVersion version) {
        try (InputStream stream = system.call(() -> repository.getResourceAsStream(version.deploymentId(),
                version.resourceName()))) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the engine's deployment lock until the caller's transaction ends: the live versions read
     * after it stay live until then, on every node.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        commands.execute(context -> {
            context.getPropertyManager().acquireExclusiveLock();
            return null;
        });
    }

    /**
     * Deploys the file as the decision's next version; the caller holds the {@link #lock()}.
     * @throws DraftRefused when the engine refuses the file (the deployment guard's message)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionVersion deploy(String key, String resourceName, byte[] xml, DecisionOrigin origin) {
        DeploymentWithDefinitions deployment;
        try {
            deployment = system.call(() -> repository.createDeployment()
                    .name(DEPLOYMENT_NAME)
                    .source(origin.source())
                    .addInputStream(resourceName, new ByteArrayInputStream(xml))
                    .deployWithResult());
        } catch (ProcessEngineException refused) {
            throw new DraftRefused("引擎拒绝部署：" + refused.getMessage(), refused);
        }
        DecisionDefinition definition = deployment.getDeployedDecisionDefinitions().stream()
                .filter(deployed -> deployed.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new DraftRefused("文件中没有决策“" + key + "”"));
        return new DecisionVersion(key, definition.getName(), definition.getVersion(), definition.getId(),
                deployment.getId(), resourceName, deployment.getDeploymentTime().toInstant(), origin);
    }

    private DecisionVersion version(DecisionDefinition definition) {
        Deployment deployment = system.call(() -> repository.createDeploymentQuery()
                .deploymentId(definition.getDeploymentId()).singleResult());
        return new DecisionVersion(definition.getKey(), definition.getName(), definition.getVersion(), definition.getId(),
                definition.getDeploymentId(), definition.getResourceName(), deployment.getDeploymentTime().toInstant(),
                DecisionOrigin.of(deployment.getName(), deployment.getSource()));
    }
}
