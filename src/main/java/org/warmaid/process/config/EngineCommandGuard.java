package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.CaseExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.CompleteCaseExecutionCmd;
import org.camunda.bpm.engine.impl.cmmn.cmd.ManualStartCaseExecutionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.process.forms.TaskCompletions;

/**
 * Guards the engine's commands, whichever route they come by (engine REST, the webapps' engine API,
 * the Java API): a task completion carries exactly its form's fields ({@link TaskCompletions}), and
 * everything else that writes variables into a process — setting, patching or removing them,
 * correlating messages, signals, starting, modifying, restarting or migrating instances, external
 * and case tasks — is for administrators and the application itself (which acts without an engine
 * user). Process data is the application's: a reviewer's only way in is their task's form.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

    static final String ADMINISTRATORS_ONLY = "只有系统管理员可以直接写入流程变量或启动、关联、修改流程实例";

    private static final List<Class<?>> ADMINISTRATIVE_COMMANDS = List.of(
            AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class,
            DeleteHistoricVariableInstanceCmd.class, DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
            AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalCmd.class, SignalEventReceivedCmd.class, EvaluateStartConditionCmd.class,
            StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class,
            ProcessInstanceModificationCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationBatchCmd.class, RestartProcessInstancesCmd.class,
            RestartProcessInstancesBatchCmd.class, MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            CompleteExternalTaskCmd.class, HandleExternalTaskCmd.class,
            CaseExecutionVariableCmd.class, CompleteCaseExecutionCmd.class, ManualStartCaseExecutionCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Guard()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Guard()));
    }

    static boolean isAdministrative(Command<?> command) {
        return ADMINISTRATIVE_COMMANDS.stream().anyMatch(type -> type.isInstance(command));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(guard);
        return interceptors;
    }

    /** Runs inside the command context, once for each command, nested ones included. */
    static final class Guard extends CommandInterceptor {

        /** How many commands this thread is running: the application's own work runs nested in them. */
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            int[] running = DEPTH.get();
            if (running[0] == 0 && isAdministrative(command) && !administratorOrApplication(context)) {
                throw new AuthorizationException(ADMINISTRATORS_ONLY);
            }
            if (TaskCompletions.isCompletion(command)) {
                TaskCompletions.check(command, context);
            }
            running[0]++;
            try {
                return next.execute(command);
            } finally {
                running[0]--;
            }
        }

        private static boolean administratorOrApplication(CommandContext context) {
            return context.getAuthenticatedUserId() == null
                    || context.getAuthenticatedGroupIds() != null
                            && context.getAuthenticatedGroupIds().contains(AccessGroups.ADMINISTRATORS);
        }
    }
}
