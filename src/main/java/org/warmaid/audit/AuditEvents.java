package org.warmaid.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.warmaid.model.StoredInstants;

/**
 * The audit log's table, appended to and read by plain SQL only: the application has no way to
 * change or remove an event (and the database's triggers refuse it). An append-only row needs no
 * entity, and an insert without one is the cheapest statement of every audited step.
 */
@Repository
class AuditEvents {

    private static final String SELECT = "select id, occurred_at, actor, actor_address, action, target_type, target_id, "
            + "outcome, details from audit_event ";

    private final JdbcTemplate jdbc;

    AuditEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEvent event) {
        jdbc.update("insert into audit_event (occurred_at, actor, actor_address, action, target_type, target_id, outcome, "
                        + "details) values (?, ?, ?, ?, ?, ?, ?, ?)", StoredInstants.column(event.occurredAt()), event.actor(),
                event.actorAddress(), event.action(), event.targetType(), event.targetId(), event.outcome(), event.details());
    }

    /** The events of the filter's time span and of its actor, action and target where given, newest first. */
    Page<AuditEvent> search(String actor, String action, String target, Instant from, Instant until, Pageable page) {
        StringBuilder where = new StringBuilder("where occurred_at >= ? and occurred_at < ?");
        List<Object> arguments = new ArrayList<>(List.of(StoredInstants.column(from), StoredInstants.column(until)));
        condition(where, arguments, "actor", actor);
        condition(where, arguments, "action", action);
        condition(where, arguments, "target_id", target);
        Long total = jdbc.queryForObject("select count(*) from audit_event " + where, Long.class, arguments.toArray());
        arguments.add(page.getPageSize());
        arguments.add(page.getOffset());
        List<AuditEvent> content = jdbc.query(SELECT + where + " order by id desc limit ? offset ?", AuditEvents::event,
                arguments.toArray());
        return new PageImpl<>(content, page, total == null ? 0 : total);
    }

    List<AuditEvent> ofTarget(String targetType, String targetId) {
        return jdbc.query(SELECT + "where target_type = ? and target_id = ? order by id", AuditEvents::event, targetType,
                targetId);
    }

    List<AuditEvent> byActor(String actor) {
        return jdbc.query(SELECT + "where actor = ? order by id", AuditEvents::event, actor);
    }

    private static void condition(StringBuilder where, List<Object> arguments, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            arguments.add(value);
        }
    }

    private static AuditEvent event(ResultSet rows, int number) throws SQLException {
        return new AuditEvent(rows.getLong(1), StoredInstants.read(rows, 2),
                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getString(8), rows.getString(9));
    }
}
