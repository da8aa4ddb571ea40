package org.warmaid.process.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.support.MariaDbIntegrationTest;

/** The engine's subtask lookup, run at every task completion, reads through an index, not the whole task table. */
@MariaDbIntegrationTest
class MissingEngineIndexesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSubtaskLookupOfEveryCompletionUsesAnIndexOnTheParentTask() {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.statistics "
                + "where table_schema = database() and table_name = 'ACT_RU_TASK' and index_name = ? order by seq_in_index",
                String.class, MissingEngineIndexes.TASK_PARENT);
        assertThat(columns).containsExactly("PARENT_TASK_ID_");

        List<Map<String, Object>> plan = jdbc.queryForList("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?",
                "a-task-id");
        assertThat(plan).singleElement().satisfies(step -> assertThat(step.get("key")).isEqualTo(MissingEngineIndexes.TASK_PARENT));
    }
}
