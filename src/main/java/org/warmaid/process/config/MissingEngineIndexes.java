package org.warmaid.process.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index the engine's own schema lacks. Completing a task looks for its subtasks by parent task
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and the engine's MySQL/MariaDB
 * schema has no index on that column: every completion read every open task, and every registration
 * has one until it is paid. With 4000 registrations waiting for entry that was a quarter of the
 * database's time in the lifecycle benchmark (5 ms and 6000 rows read per completion), and it grows
 * with the campaign. Created once, after the engine has created or updated its schema, under a name
 * of the application's own so that no engine upgrade collides with it.
 */
@Component
class MissingEngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "WARMAID_IDX_TASK_PARENT";

    private final DataSource dataSource;

    MissingEngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new JdbcTemplate(dataSource).execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
    }
}
