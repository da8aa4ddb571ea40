package org.warmaid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.support.MariaDbIntegrationTest;

/** The audit log's table by plain SQL against MariaDB: an event reads back as written, and the auditors' search filters and pages. */
@MariaDbIntegrationTest
class AuditEventsIT {

    private static final Instant DAY = Instant.parse("2031-03-04T00:00:00Z");

    @Autowired
    AuditEvents events;
    @Autowired
    TransactionTemplate transactions;

    String actor;
    String first;
    String second;

    @BeforeEach
    void threeEventsOfOneActor() {
        actor = "auditee" + System.nanoTime() % 1_000_000_000L;
        first = actor + "-0001";
        second = actor + "-0002";
        transactions.executeWithoutResult(status -> {
            events.append(new AuditEvent(null, DAY.plusSeconds(10).plusNanos(123_456_000), actor, "203.0.113.9",
                    "REGISTRATION_CREATE", "registration", first, "SUCCESS", "新建登记"));
            events.append(new AuditEvent(null, DAY.plusSeconds(20), actor, null, "REGISTRATION_SUBMIT", "registration",
                    first, "REFUSED", null));
            events.append(new AuditEvent(null, DAY.plus(1, ChronoUnit.DAYS), actor, null, "REGISTRATION_CREATE",
                    "registration", second, "SUCCESS", null));
        });
    }

    @Test
    void anEventReadsBackAsItWasWritten() {
        AuditEvent oldest = events.byActor(actor).get(0);

        assertThat(oldest.id()).isNotNull();
        assertThat(oldest).usingRecursiveComparison().ignoringFields("id").isEqualTo(new AuditEvent(null,
                DAY.plusSeconds(10).plusNanos(123_456_000), actor, "203.0.113.9", "REGISTRATION_CREATE", "registration",
                first, "SUCCESS", "新建登记"));
        assertThat(events.ofTarget("registration", first)).extracting(AuditEvent::action)
                .containsExactly("REGISTRATION_CREATE", "REGISTRATION_SUBMIT");
    }

    @Test
    void theSearchFiltersByActorActionTargetAndTimeNewestFirst() {
        Instant end = DAY.plus(2, ChronoUnit.DAYS);

        assertThat(events.search(actor, null, null, DAY, end, PageRequest.of(0, 10)).getContent())
                .extracting(AuditEvent::targetId).containsExactly(second, first, first);
        assertThat(events.search(actor, "REGISTRATION_CREATE", null, DAY, end, PageRequest.of(0, 10)).getContent())
                .extracting(AuditEvent::targetId).containsExactly(second, first);
        assertThat(events.search(actor, null, first, DAY, end, PageRequest.of(0, 10)).getContent())
                .extracting(AuditEvent::action).containsExactly("REGISTRATION_SUBMIT", "REGISTRATION_CREATE");
        assertThat(events.search(actor, null, null, DAY, DAY.plus(1, ChronoUnit.DAYS), PageRequest.of(0, 10)).getContent())
                .as("the end of the span is excluded").hasSize(2);
        assertThat(events.search(actor, "LOGIN_FAILURE", null, DAY, end, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void theSearchIsPaged() {
        Instant end = DAY.plus(2, ChronoUnit.DAYS);

        Page<AuditEvent> firstPage = events.search(actor, null, null, DAY, end, PageRequest.of(0, 2));
        Page<AuditEvent> secondPage = events.search(actor, null, null, DAY, end, PageRequest.of(1, 2));

        assertThat(firstPage.getTotalElements()).isEqualTo(3);
        assertThat(firstPage.getContent()).hasSize(2);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(secondPage.getContent()).extracting(AuditEvent::action).containsExactly("REGISTRATION_CREATE");
        assertThat(secondPage.hasNext()).isFalse();
    }
}
