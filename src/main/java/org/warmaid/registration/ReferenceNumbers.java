package org.warmaid.registration;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out references such as {@code 2027-U001-0007}: campaign year, unit, sequence in the unit.
 * The counter row is locked for the rest of the caller's transaction, so numbers are never reused.
 */
@Component
class ReferenceNumbers {

    private final ReferenceCounters counters;
    private final TransactionTemplate ownTransaction;

    ReferenceNumbers(ReferenceCounters counters, TransactionTemplate transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Long campaignId, int campaignYear, String unitCode) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(campaignId, unitCode);
        ReferenceCounter counter = counters.lock(key).orElseGet(() -> {
            createInOwnTransaction(campaignId, unitCode);
            return counters.lock(key).orElseThrow();
        });
        return "%d-%s-%04d".formatted(campaignYear, unitCode, counter.take());
    }

    private void createInOwnTransaction(Long campaignId, String unitCode) {
        try {
            ownTransaction.executeWithoutResult(status -> counters.saveAndFlush(new ReferenceCounter(campaignId, unitCode)));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // the first registration of this unit was being created at the same moment: its row is there now
        }
    }
}
