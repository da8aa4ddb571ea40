package org.warmaid.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.warmaid.process.forms.TaskForms;
import org.warmaid.system.WaitingWork;

/**
 * The open review task behind a Tasklist form: which task it is, the registration it is about and
 * the values its form starts from (the prefilled amount, the spot-check choice, the documents to
 * check). Only for a user who may work on the task: its assignee or a member of a candidate group.
 */
@Service
public class ReviewTasks implements WaitingWork {

    private final TaskService tasks;

    ReviewTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public record OpenTask(String taskId, String taskKey, String taskName, Long registrationId, Map<String, Object> values) {

        public Optional<Object> value(String name) {
            return Optional.ofNullable(values.get(name));
        }
    }

    @Override
    public long waitingFor(Collection<String> groups) {
        return groups.isEmpty() ? 0 : tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks().count();
    }

    public Optional<OpenTask> open(String taskId, String userId, Collection<String> groups) {
        if (taskId == null || taskId.isBlank() || userId == null) {
            return Optional.empty();
        }
        Task task = tasks.createTaskQuery().taskId(taskId).taskAssignee(userId).singleResult();
        if (task == null && !groups.isEmpty()) {
            task = tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks()
                    .singleResult();
        }
        if (task == null) {
            return Optional.empty();
        }
        List<String> names = new java.util.ArrayList<>(List.of(ProcessVariables.REGISTRATION_ID,
                ProcessVariables.REQUIRED_DOCUMENTS, ProcessVariables.PAYOUT_FAILURE_REASON));
        TaskForms.of(task.getTaskDefinitionKey()).ifPresent(form -> form.fields().forEach(field -> names.add(field.name())));
        Map<String, Object> values = new HashMap<>(tasks.getVariables(taskId, names));
        Object registrationId = values.get(ProcessVariables.REGISTRATION_ID);
        if (!(registrationId instanceof Long id)) {
            return Optional.empty();
        }
        return Optional.of(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), id, values));
    }
}
