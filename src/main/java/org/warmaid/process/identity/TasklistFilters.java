package org.warmaid.process.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import org.warmaid.process.ProcessVariables;

/** Saved Tasklist filters, each readable by the group whose work it lists. */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;
    private final EngineGrants grants;

    TasklistFilters(FilterService filters, TaskService tasks, EngineGrants grants) {
        this.filters = filters;
        this.tasks = tasks;
        this.grants = grants;
    }

    /**
     * Creates the filter unless one of that name exists, and keeps its properties (what the task
     * cards show) as declared here; either way the group may read it.
     */
    void ensure(String name, String description, int priority, String groupId, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        Map<String, Object> properties = properties(description, priority);
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        } else if (!properties.equals(filter.getProperties())) {
            filters.saveFilter(filter.setProperties(properties));
        }
        grants.grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    TaskQuery candidateGroup(String groupId) {
        return tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks();
    }

    TaskQuery candidateGroupAt(String groupId, String taskDefinitionKey) {
        return candidateGroup(groupId).taskDefinitionKey(taskDefinitionKey);
    }

    private static Map<String, Object> properties(String description, int priority) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                Map.of("name", ProcessVariables.REFERENCE, "label", "登记编号"),
                Map.of("name", ProcessVariables.CARD_WORKER, "label", "职工 · 单位")));
        return properties;
    }
}
