package org.warmaid.registration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out references such as {@code 2027-U001-0007}: campaign year, unit, sequence in the unit.
 * The counter row is locked for the rest of the caller's transaction, so numbers are never reused.
 * A unit's first counter row is inserted on the caller's own connection (a concurrent insert of the
 * same row waits for the other transaction and then counts as "already there"): taking a second
 * connection for it, while holding the first, let a deadline rush of many units' first
 * registrations exhaust the connection pool.
 */
@Component
class ReferenceNumbers {

    private final ReferenceCounters counters;
    private final JdbcTemplate jdbc;

    ReferenceNumbers(ReferenceCounters counters, JdbcTemplate jdbc) {
        this.counters = counters;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Long campaignId, int campaignYear, String unitCode) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(campaignId, unitCode);
        ReferenceCounter counter = counters.lock(key).orElseGet(() -> {
            createOnThisConnection(campaignId, unitCode);
            return counters.lock(key).orElseThrow();
        });
        return "%d-%s-%04d".formatted(campaignYear, unitCode, counter.take());
    }

    private void createOnThisConnection(Long campaignId, String unitCode) {
        try {
            jdbc.update("INSERT INTO reference_counter (campaign_id, unit_code, next_value) VALUES (?, ?, 1)",
                    campaignId, unitCode);
        } catch (DuplicateKeyException createdConcurrently) {
            // the first registration of this unit was being created at the same moment: its row is there now
        }
    }
}
