package org.warmaid.process.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.audit.AuditOutcome;
import org.warmaid.process.BpmnBeans;
import org.warmaid.process.rules.DecisionChecks;
import org.warmaid.process.rules.DecisionProblem;

/**
 * Every new deployment, whoever makes it and by whichever route (engine REST, Cockpit, the
 * application's own start-up deployment), passes here before the engine parses it:
 * <ul>
 * <li>who: analysts deploy decision tables only; processes, forms and everything else only
 * administrators (and the application itself);</li>
 * <li>what: BPMN models run only the application's own code ({@link BpmnCheck}); DMN models are plain
 * FEEL and keep to the known decisions' contract ({@link DecisionChecks}); other kinds of file are
 * refused (CMMN, scripts, anything the engine could run);</li>
 * <li>and each deployment, made or refused, is in the audit log.</li>
 * </ul>
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin implements Deployer {

    private enum Kind { PROCESS, DECISION, FORM, IMAGE, OTHER }

    private final BpmnBeans beans;
    private final ObjectProvider<AuditLog> audit;

    DeploymentGuard(BpmnBeans beans, ObjectProvider<AuditLog> audit) {
        this.beans = beans;
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(0, this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return; // a deployment read back into the cache was checked when it was made
        }
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        List<String> groups = command == null || command.getAuthenticatedGroupIds() == null
                ? List.of() : command.getAuthenticatedGroupIds();
        Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
        String actor = user == null ? "system" : user;
        String what = (deployment.getName() == null ? "" : deployment.getName() + "：") + String.join("、", resources.keySet());

        String refusedRole = roleProblem(user, groups, resources);
        if (refusedRole != null) {
            refuse(actor, what, refusedRole);
            throw new AuthorizationException(refusedRole);
        }
        List<String> problems = new ArrayList<>();
        resources.forEach((name, resource) -> problems.addAll(contentProblems(name, resource.getBytes())));
        if (!problems.isEmpty()) {
            String message = "部署被拒绝：" + String.join("；", problems);
            refuse(actor, what, message);
            throw new BadUserRequestException(message);
        }
        audit.getObject().successAs(actor, AuditAction.ENGINE_DEPLOYMENT, "deployment", deployment.getId(), "部署 " + what);
    }

    private void refuse(String actor, String what, String why) {
        audit.getObject().recordAs(actor, AuditAction.ENGINE_DEPLOYMENT, "deployment", null, AuditOutcome.REFUSED, what + " — " + why);
    }

    /** Analysts deploy decisions only; administrators and the application anything this class allows. */
    static String roleProblem(String user, List<String> groups, Map<String, ?> resources) {
        if (user == null || groups.contains(AccessGroups.ADMINISTRATORS)) {
            return null;
        }
        if (groups.contains(AccessGroups.ANALYSTS)) {
            List<String> notDecisions = resources.keySet().stream().filter(name -> kindOf(name) != Kind.DECISION).toList();
            return notDecisions.isEmpty() ? null
                    : "业务分析人员只能部署决策表（.dmn）；流程、表单等只有系统管理员可以部署（" + String.join("、", notDecisions) + "）";
        }
        return "只有系统管理员和业务分析人员可以部署";
    }

    List<String> contentProblems(String name, byte[] bytes) {
        return switch (kindOf(name)) {
            case PROCESS -> new BpmnCheck(beans).problems(bytes).stream().map(problem -> name + " " + problem).toList();
            case DECISION -> DecisionChecks.problems(bytes).stream().map(DecisionProblem::describe)
                    .map(problem -> name + " " + problem).collect(Collectors.toList());
            case FORM, IMAGE -> List.of();
            case OTHER -> List.of(name + "：不允许部署此类文件（只能部署 .bpmn、.dmn、.form、.html 表单和 .png 图片）");
        };
    }

    private static Kind kindOf(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return Kind.PROCESS;
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return Kind.DECISION;
        }
        if (name.endsWith(".form") || name.endsWith(".html")) {
            return Kind.FORM;
        }
        if (name.endsWith(".png")) {
            return Kind.IMAGE;
        }
        return Kind.OTHER;
    }
}
