package org.warmaid.review;

import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.model.StoredInstants;

/**
 * Appends review steps with plain INSERTs on the transaction's connection. A step never changes
 * once recorded, so it needs nothing of the persistence context; it is read through
 * {@link ReviewSteps}. Every listener of the process records one, so this is on the way of every
 * task a reviewer completes.
 */
@Component
public class ReviewStepLog {

    private static final String INSERT_STEP = "insert into review_step (registration_id, task_key, task_name, decision, "
            + "decision_label, comment, aid_amount, actor, occurred_at, visible_to_unit) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_DOCUMENT_CHECK = "insert into document_check (review_step_id, document, passed) "
            + "values (?, ?, ?)";

    private final JdbcTemplate jdbc;

    ReviewStepLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(ReviewStep step) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT_STEP, new String[] {"id"});
            new ArgumentPreparedStatementSetter(columns(step)).setValues(insert);
            return insert;
        }, key);
        List<DocumentCheck> checks = step.getDocumentChecks();
        if (!checks.isEmpty()) {
            long stepId = key.getKeyAs(Number.class).longValue();
            jdbc.batchUpdate(INSERT_DOCUMENT_CHECK,
                    checks.stream().map(check -> new Object[] {stepId, check.getDocument(), check.isPassed()}).toList());
        }
    }

    private static Object[] columns(ReviewStep step) {
        return new Object[] {step.getRegistrationId(), step.getTaskKey(), step.getTaskName(), step.getDecision(),
                step.getDecisionLabel(), step.getComment(), step.getAidAmount(), step.getActor(),
                StoredInstants.column(step.getOccurredAt()), step.isVisibleToUnit()};
    }
}
