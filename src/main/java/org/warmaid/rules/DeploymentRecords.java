package org.warmaid.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.warmaid.model.StoredInstants;

/** Who deployed a decision version on the workbench, when, why, from which version, and what changed. */
@Repository
class DeploymentRecords {

    enum Kind {
        DEPLOY("部署"), ROLLBACK("回滚");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    record DeploymentRecord(String key, int version, String definitionId, Kind kind, Integer basedOnVersion,
            String actor, Instant deployedAt, String reason, String changes) {
    }

    private final JdbcTemplate jdbc;

    DeploymentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(DeploymentRecord record) {
        jdbc.update("insert into decision_deployment (decision_key, version, definition_id, kind, based_on_version, actor, "
                + "deployed_at, reason, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", record.key(), record.version(),
                record.definitionId(), record.kind().name(), record.basedOnVersion(), record.actor(),
                StoredInstants.column(record.deployedAt()), record.reason(), record.changes());
    }

    /** The decision's records by version. */
    Map<Integer, DeploymentRecord> of(String key) {
        return query("where decision_key = ?", key).stream()
                .collect(Collectors.toMap(DeploymentRecord::version, Function.identity()));
    }

    Optional<DeploymentRecord> of(String key, int version) {
        return query("where decision_key = ? and version = ?", key, version).stream().findFirst();
    }

    private List<DeploymentRecord> query(String where, Object... arguments) {
        return jdbc.query("select decision_key, version, definition_id, kind, based_on_version, actor, deployed_at, reason, "
                + "changes from decision_deployment " + where, (rows, number) -> new DeploymentRecord(rows.getString(1),
                rows.getInt(2), rows.getString(3), Kind.valueOf(rows.getString(4)), (Integer) rows.getObject(5),
                rows.getString(6), StoredInstants.read(rows, 7), rows.getString(8),
                rows.getString(9)), arguments);
    }
}
