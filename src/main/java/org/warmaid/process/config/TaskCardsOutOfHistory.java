package org.warmaid.process.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.warmaid.process.ProcessVariables;

/**
 * History "full", except for the two task-local copies a review task's card in Tasklist shows (the
 * reference and the worker with the unit). They are copies of the registration's data made for the
 * card, removed with the task; their history (a variable row and a detail row for each of the six
 * copies a registration's three review tasks get) was kept until history cleanup, for nothing anyone reads.
 * Every other variable, task, activity and operation keeps its full history.
 *
 * <p>The level keeps the id of "full" (3): a database the engine set up with "full" starts with it,
 * and one set up with it could be started with "full" again.
 */
@Component
@Order(60)
class TaskCardsOutOfHistory extends AbstractProcessEnginePlugin {

    static final HistoryLevel LEVEL = new FullExceptTaskCards();

    private final CamundaBpmProperties properties;

    TaskCardsOutOfHistory(CamundaBpmProperties properties) {
        this.properties = properties;
    }

    /** Only where history is "full" ({@code camunda.bpm.history-level}); the starter applies that name after this. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!ProcessEngineConfiguration.HISTORY_FULL.equalsIgnoreCase(properties.getHistoryLevel())) {
            return;
        }
        List<HistoryLevel> custom = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            custom.addAll(configuration.getCustomHistoryLevels());
        }
        custom.add(LEVEL);
        configuration.setCustomHistoryLevels(custom);
        configuration.setHistoryLevel(LEVEL);
    }

    static final class FullExceptTaskCards extends HistoryLevelFull {

        private static final Set<String> CARD_VARIABLES = Set.of(ProcessVariables.REFERENCE, ProcessVariables.CARD_WORKER);

        @Override
        public String getName() {
            return "full-except-task-cards";
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !(entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
                    && CARD_VARIABLES.contains(variable.getName()));
        }
    }
}
