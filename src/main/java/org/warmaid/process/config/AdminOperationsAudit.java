package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.warmaid.audit.AuditLog;

/**
 * Changes to users, groups, memberships and authorizations made in Camunda Admin (or its REST API)
 * go into the application's audit log too, so role and account changes are audited wherever they
 * are made. The engine's own operation log is kept as well.
 */
@Component
class AdminOperationsAudit extends AbstractProcessEnginePlugin {

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
                String details = entry.getEntityType() + " " + entry.getOperationType()
                        + (entry.getProperty() == null ? "" : " " + entry.getProperty() + "=" + entry.getNewValue());
                audit.getObject().successAs(entry.getUserId() == null ? "system" : entry.getUserId(),
                        "ADMIN_" + entry.getOperationType().toUpperCase(java.util.Locale.ROOT),
                        entry.getEntityType(), null, details);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
