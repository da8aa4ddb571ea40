package org.warmaid.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.warmaid.model.StoredInstants;

/**
 * Appends and reads review steps with their document verdicts, by plain SQL only: a decision once
 * recorded stays as it was, so the rows need no entity, and an insert without one is the cheapest
 * statement of every review.
 */
@Repository
class ReviewSteps {

    /** Each step with its verdicts, one row per verdict (one for a step without any), in order. */
    private static final String SELECT = "select s.id, s.registration_id, s.task_key, s.task_name, s.decision, "
            + "s.decision_label, s.comment, s.aid_amount, s.actor, s.occurred_at, s.visible_to_unit, c.document, c.passed "
            + "from review_step s left join document_check c on c.review_step_id = s.id ";

    private static final String ORDER = " order by s.id, c.id";

    private final JdbcClient jdbc;

    ReviewSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(ReviewStep step) {
        JdbcClient.StatementSpec insert = jdbc.sql("insert into review_step (registration_id, task_key, task_name, decision, "
                        + "decision_label, comment, aid_amount, actor, occurred_at, visible_to_unit) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(step.getRegistrationId(), step.getTaskKey(), step.getTaskName(), step.getDecision().name(),
                        step.getDecisionLabel(), step.getComment(), step.getAidAmount(), step.getActor(),
                        StoredInstants.column(step.getOccurredAt()), step.isVisibleToUnit());
        if (step.getDocumentChecks().isEmpty()) {
            insert.update();
            return;
        }
        KeyHolder key = new GeneratedKeyHolder();
        insert.update(key);
        long stepId = key.getKeyAs(Number.class).longValue();
        // the step's verdicts in one statement: one row each
        List<DocumentCheck> checks = step.getDocumentChecks();
        List<Object> values = new ArrayList<>(3 * checks.size());
        checks.forEach(check -> values.addAll(List.of(stepId, check.document(), check.passed())));
        jdbc.sql("insert into document_check (review_step_id, document, passed) values "
                        + String.join(", ", Collections.nCopies(checks.size(), "(?, ?, ?)")))
                .params(values).update();
    }

    /** The registration's steps, oldest first. */
    List<ReviewStep> of(Long registrationId) {
        return steps(jdbc.sql(SELECT + "where s.registration_id = ?" + ORDER).params(registrationId));
    }

    /** The registration's steps the unit is shown, oldest first. */
    List<ReviewStep> visibleToUnit(Long registrationId) {
        return steps(jdbc.sql(SELECT + "where s.registration_id = ? and s.visible_to_unit = ?" + ORDER)
                .params(registrationId, true));
    }

    /** The steps of all these registrations, oldest first. */
    List<ReviewStep> ofRegistrations(Collection<Long> registrationIds) {
        return steps(jdbc.sql(SELECT + "where s.registration_id in (:ids)" + ORDER).param("ids", registrationIds));
    }

    /** The latest step of the task with that decision, as amount and actor only. */
    Optional<Approval> latestWithDecision(Long registrationId, String taskKey, StepDecision decision) {
        return jdbc.sql("select aid_amount, actor from review_step where registration_id = ? and task_key = ? "
                        + "and decision = ? order by id desc limit 1")
                .params(registrationId, taskKey, decision.name())
                .query((rows, number) -> new Approval(rows.getBigDecimal(1), rows.getString(2))).optional();
    }

    private static List<ReviewStep> steps(JdbcClient.StatementSpec query) {
        Map<Long, ReviewStep> steps = new LinkedHashMap<>();
        Map<Long, List<DocumentCheck>> checks = new LinkedHashMap<>();
        query.query((ResultSet rows) -> {
            long id = rows.getLong(1);
            if (!steps.containsKey(id)) {
                steps.put(id, step(rows));
            }
            String document = rows.getString(12);
            if (document != null) {
                checks.computeIfAbsent(id, ignored -> new ArrayList<>()).add(new DocumentCheck(document, rows.getBoolean(13)));
            }
        });
        List<ReviewStep> result = new ArrayList<>(steps.size());
        steps.forEach((id, step) -> result.add(checks.containsKey(id) ? step.withDocumentChecks(checks.get(id)) : step));
        return result;
    }

    private static ReviewStep step(ResultSet rows) throws SQLException {
        return new ReviewStep(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                StepDecision.valueOf(rows.getString(5)), rows.getString(6), rows.getString(7), rows.getBigDecimal(8),
                rows.getString(9), StoredInstants.read(rows, 10), rows.getBoolean(11),
                List.of());
    }
}
