package org.warmaid.registration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out references such as {@code 2027-U001-0007}: campaign year, unit, sequence in the unit.
 * The counter row is locked for the rest of the caller's transaction, so numbers are never reused.
 * <p>
 * On MariaDB a unit's first counter row is created on the caller's own connection with an upsert,
 * which takes the row's exclusive lock at once (concurrent first registrations of the unit queue
 * behind it, no deadlock): creating it in a second transaction, on a second connection while
 * holding the first, let a deadline rush of many units' first registrations exhaust the pool.
 * Other databases (the embedded demo) keep the short separate transaction.
 */
@Component
class ReferenceNumbers {

    private final ReferenceCounters counters;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Boolean upsert;

    ReferenceNumbers(ReferenceCounters counters, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Long campaignId, int campaignYear, String unitCode) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(campaignId, unitCode);
        ReferenceCounter counter = counters.lock(key).orElseGet(() -> {
            create(campaignId, unitCode);
            return counters.lock(key).orElseThrow();
        });
        return "%d-%s-%04d".formatted(campaignYear, unitCode, counter.take());
    }

    private void create(Long campaignId, String unitCode) {
        if (supportsUpsert()) {
            jdbc.update("INSERT INTO reference_counter (campaign_id, unit_code, next_value) VALUES (?, ?, 1) "
                    + "ON DUPLICATE KEY UPDATE next_value = next_value", campaignId, unitCode);
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new ReferenceCounter(campaignId, unitCode)));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // the first registration of this unit was being created at the same moment: its row is there now
        }
    }

    private boolean supportsUpsert() {
        if (upsert == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            upsert = product != null && (product.contains("MariaDB") || product.contains("MySQL"));
        }
        return upsert;
    }
}
