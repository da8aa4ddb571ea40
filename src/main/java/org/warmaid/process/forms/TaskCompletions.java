package org.warmaid.process.forms;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.util.ReflectionUtils;
import org.warmaid.model.FieldProblem;
import org.warmaid.process.config.CommandFields;

/**
 * Checks every completion of a user task (complete, resolve, submit-form: engine REST, the webapps'
 * engine API and the Java API all end in one of these commands) against the task's {@link TaskForm}
 * before the engine applies anything. The commands keep the task id and variables in fields of
 * their own, read here once per class (a test fails if an engine version renames them).
 */
public final class TaskCompletions {

    static final String APPLICATION_ONLY = "该任务由单位在送温暖信息平台中上报，不能在任务列表或接口中办理";

    private static final Field COMPLETE_TASK_ID = CommandFields.of(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = CommandFields.of(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = CommandFields.of(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = CommandFields.of(SubmitTaskFormCmd.class, "properties");

    /** Stands for a value no form field takes (a serialized object, a file): fails every type check. */
    private static final Object NOT_A_FORM_VALUE = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    private TaskCompletions() {
    }

    /** Whether the command completes a task (complete, resolve or submit-form). */
    public static boolean isCompletion(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    /**
     * Refuses the completion with a Chinese message unless it carries exactly what the task's form
     * takes; a user who may not work on the task is refused as the engine would refuse them.
     */
    @SuppressWarnings("unchecked")
    public static void check(Command<?> command, CommandContext context) {
        boolean submit = command instanceof SubmitTaskFormCmd;
        String taskId = (String) ReflectionUtils.getField(submit ? SUBMIT_TASK_ID : COMPLETE_TASK_ID, command);
        Map<String, Object> variables = (Map<String, Object>) ReflectionUtils.getField(submit ? SUBMIT_VARIABLES : COMPLETE_VARIABLES, command);
        if (taskId == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;
        }
        TaskForm form = TaskForms.of(task.getTaskDefinitionKey())
                .orElse(new TaskForm(task.getTaskDefinitionKey(), task.getName() == null ? "任务" : task.getName(), List.of(), false));
        boolean byEngineUser = context.getAuthenticatedUserId() != null;
        List<FieldProblem> problems = form.problems(values(variables), name -> task.getExecution() == null ? null
                : task.getExecution().getVariable(name));
        if (problems.isEmpty() && !(form.completedByTheApplication() && byEngineUser)) {
            return;
        }
        // a refusal is given only to someone who may work on the task; anyone else learns nothing of it
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
        if (form.completedByTheApplication() && byEngineUser) {
            throw new AuthorizationException(APPLICATION_ONLY);
        }
        String message = problems.stream().map(FieldProblem::message).collect(Collectors.joining("；"));
        // the REST API answers a resolve's engine exceptions itself: only a bad request is a 400 there
        throw command instanceof ResolveTaskCmd ? new ResolveRefused(message) : new FormRefused(problems, message);
    }

    private static Map<String, Object> values(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> values.put(name, formValue(value)));
        }
        return values;
    }

    /** The plain value of a submitted variable: text, a number or a yes/no; anything else takes no form field. */
    private static Object formValue(Object submitted) {
        Object value = submitted;
        if (submitted instanceof TypedValue typed) {
            value = typed instanceof PrimitiveValue<?> || typed.getType() == null ? typed.getValue() : NOT_A_FORM_VALUE;
        }
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : NOT_A_FORM_VALUE;
    }

    /**
     * The completion does not match the task's form. A form validation failure, which the engine
     * REST API and the webapps answer with 400 and this (Chinese) message.
     */
    public static final class FormRefused extends FormFieldValidationException {

        FormRefused(List<FieldProblem> problems, String message) {
            super(List.copyOf(problems), message);
        }
    }

    /** The same refusal of a resolve (a delegated task handed back), which the REST API answers 400 as a bad request. */
    public static final class ResolveRefused extends BadUserRequestException {

        ResolveRefused(String message) {
            super(message);
        }
    }
}
