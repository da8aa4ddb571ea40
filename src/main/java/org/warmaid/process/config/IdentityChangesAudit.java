package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserOperationLogManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * Every change to users, groups, memberships, tenants and authorizations goes into the application's
 * audit log, by whichever route it was made — Camunda Admin, the engine REST API, the webapps' API,
 * the application itself — and whether or not an engine user made it (the engine's own operation
 * log records only changes by an authenticated user, so a change made by code running in the engine
 * would have left no trace). The engine's operation log is kept as well.
 */
@Component
class IdentityChangesAudit extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AuditLog> audit;

    IdentityChangesAudit(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return UserOperationLogManager.class;
            }

            @Override
            public Session openSession() {
                return new AuditedOperationLog();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    private final class AuditedOperationLog extends UserOperationLogManager {

        @Override
        public void logUserOperation(String operation, String userId) {
            record(operation, EntityTypes.USER, userId, "用户 " + userId);
            super.logUserOperation(operation, userId);
        }

        @Override
        public void logGroupOperation(String operation, String groupId) {
            record(operation, EntityTypes.GROUP, groupId, "组 " + groupId);
            super.logGroupOperation(operation, groupId);
        }

        @Override
        public void logTenantOperation(String operation, String tenantId) {
            record(operation, EntityTypes.TENANT, tenantId, "租户 " + tenantId);
            super.logTenantOperation(operation, tenantId);
        }

        @Override
        public void logMembershipOperation(String operation, String userId, String groupId, String tenantId) {
            boolean group = groupId != null;
            String target = userId != null ? userId : groupId;
            record(operation, group && userId != null ? EntityTypes.GROUP_MEMBERSHIP : EntityTypes.TENANT_MEMBERSHIP, target,
                    (userId != null ? "用户 " + userId : "组 " + groupId)
                            + (tenantId != null ? " ↔ 租户 " + tenantId : " ↔ 组 " + groupId));
            super.logMembershipOperation(operation, userId, groupId, tenantId);
        }

        @Override
        public void logAuthorizationOperation(String operation, AuthorizationEntity authorization,
                AuthorizationEntity previousValues) {
            record(operation, EntityTypes.AUTHORIZATION, authorization.getId(), describe(authorization)
                    + (previousValues == null ? "" : "（原为：" + describe(previousValues) + "）"));
            super.logAuthorizationOperation(operation, authorization, previousValues);
        }

        private void record(String operation, String entityType, String target, String details) {
            if (operation == null) {
                return;
            }
            CommandContext command = Context.getCommandContext();
            String actor = command == null || command.getAuthenticatedUserId() == null ? "system" : command.getAuthenticatedUserId();
            audit.getObject().successAs(actor, AuditAction.adminOperation(operation), entityType, target,
                    entityType + " " + operation + "：" + details);
        }

        private static String describe(AuthorizationEntity authorization) {
            String who = authorization.getGroupId() != null ? "组 " + authorization.getGroupId() : "用户 " + authorization.getUserId();
            return who + "，" + (authorization.getAuthorizationType() == 1 ? "授予" : authorization.getAuthorizationType() == 2
                    ? "撤销" : "全局") + " " + resourceName(authorization.getResourceType()) + " " + authorization.getResourceId()
                    + "，权限位 " + authorization.getPermissions();
        }

        private static String resourceName(int type) {
            for (Resources resource : Resources.values()) {
                if (resource.resourceType() == type) {
                    return resource.resourceName();
                }
            }
            return String.valueOf(type);
        }
    }
}
