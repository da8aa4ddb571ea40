package org.warmaid.process.identity;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccessGroups;

/**
 * Units enter and submit in the portal, which checks the deadline, completeness and duplicates
 * before it completes Task_EnterRegistration. Their group is the task's candidate group in the BPMN,
 * but the engine grants it nothing on the task: otherwise a unit account could complete its draft
 * over the engine's REST API, past every check of the portal. Every other candidate group gets the
 * engine's default task permission, as before. Skipping the grant also spares the engine a lookup
 * and an insert for every registration.
 * <p>
 * A grant for a task created in the same command is written without first looking for an earlier
 * grant of the group on it: there can be none yet (a lookup per reviewer task, three per registration).
 * <p>
 * Public so that the benchmark's bare engine with authorization can grant as the application does.
 */
@Component
@Order(110)
public class PortalOnlyUnitTasks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return AccessGroups.isUnitGroup(groupId) ? NONE : super.newTaskGroupIdentityLink(task, groupId, type);
        }

        @Override
        protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
            if (resource == Resources.TASK && createdInThisCommand(resourceId)) {
                return null;
            }
            return super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
        }

        private static boolean createdInThisCommand(String taskId) {
            DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            TaskEntity task = cache.get(TaskEntity.class, taskId);
            return task != null && cache.isTransient(task);
        }
    }
}
