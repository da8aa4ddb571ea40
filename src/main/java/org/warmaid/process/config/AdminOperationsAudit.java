package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * Changes to users, groups, memberships and authorizations made in Camunda Admin (or its REST API)
 * go into the application's audit log too, so role and account changes are audited wherever they
 * are made. The engine's own operation log is kept as well.
 */
@Component
class AdminOperationsAudit extends AbstractProcessEnginePlugin {

    /** The properties the engine logs for identity and authorization changes, in words. */
    private static final Map<String, String> PROPERTY_NAMES = Map.of("userId", "用户", "groupId", "用户组",
            "tenantId", "租户", "permissionBits", "权限位", "permissions", "权限", "type", "类型", "resource", "资源",
            "resourceId", "资源编号");

    private final ObjectProvider<AuditLog> audit;

    AdminOperationsAudit(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof UserOperationLogEntryEventEntity entry
                    && UserOperationLogEntry.CATEGORY_ADMIN.equals(entry.getCategory())) {
                String details = entry.getProperty() == null ? ""
                        : PROPERTY_NAMES.getOrDefault(entry.getProperty(), entry.getProperty()) + "：" + entry.getNewValue();
                audit.getObject().successAs(entry.getUserId() == null ? "system" : entry.getUserId(),
                        AuditAction.adminOperation(entry.getOperationType()),
                        entry.getEntityType(), null, details);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
