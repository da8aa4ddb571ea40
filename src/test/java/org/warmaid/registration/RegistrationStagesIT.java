package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.support.Fixtures;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * A stage move past entry writes the stage alone (the personal numbers are not encrypted again);
 * leaving entry records the submission; a registration the transaction has loaded moves as loaded,
 * so its later changes are not lost; arriving at a task also gives the task's card.
 */
@MariaDbIntegrationTest
class RegistrationStagesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    RegistrationStages stages;
    @Autowired
    Registrations registrations;
    @Autowired
    IdentityAuthenticationProvider accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    AccountPrincipal unit;
    Fixtures.UnitLogin login;

    @BeforeEach
    void unit() {
        fixtures.openCampaign();
        login = fixtures.newUnit();
        unit = accounts.principalOf(login.accountId());
    }

    @Test
    void pastEntryTheStageMovesAndNothingElseChanges() {
        Registration registration = submitted();
        Map<String, Object> before = row(registration.getId());

        Instant start = Instant.now().minusMillis(1);
        transactions.executeWithoutResult(status -> stages.moveTo(registration.getId(), Stage.PROVINCIAL_REVIEW));
        Instant end = Instant.now().plusMillis(1);

        Map<String, Object> after = row(registration.getId());
        assertThat(after.get("stage")).isEqualTo("PROVINCIAL_REVIEW");
        assertThat(registrations.findById(registration.getId()).orElseThrow().getUpdatedAt()).isBetween(start, end);
        assertThat(((Number) after.get("version")).longValue()).isEqualTo(((Number) before.get("version")).longValue() + 1);
        assertThat(after.get("submitted_at")).isEqualTo(before.get("submitted_at"));
        assertThat(after.get("id_number")).as("the encrypted ID number is not written again").isEqualTo(before.get("id_number"));
        assertThat(registrations.findById(registration.getId()).orElseThrow().getStage()).isEqualTo(Stage.PROVINCIAL_REVIEW);
    }

    @Test
    void aMoveToTheStageItIsAtChangesNothing() {
        Registration registration = submitted();
        Map<String, Object> before = row(registration.getId());

        transactions.executeWithoutResult(status -> stages.moveTo(registration.getId(), Stage.PARTY_REVIEW));

        assertThat(row(registration.getId())).isEqualTo(before);
    }

    @Test
    void leavingEntryRecordsTheSubmission() {
        Registration registration = registry.create(unit, SampleRegistrations.valid());
        assertThat(row(registration.getId()).get("submitted_at")).isNull();

        transactions.executeWithoutResult(status -> stages.moveTo(registration.getId(), Stage.PARTY_REVIEW));

        Map<String, Object> after = row(registration.getId());
        assertThat(after.get("stage")).isEqualTo("PARTY_REVIEW");
        assertThat(after.get("submitted_at")).isNotNull();
    }

    @Test
    void aRegistrationLoadedInTheTransactionMovesAsLoadedAndKeepsItsOtherChanges() {
        Registration registration = submitted();

        transactions.executeWithoutResult(status -> {
            Registration loaded = registrations.findById(registration.getId()).orElseThrow();
            stages.moveTo(registration.getId(), Stage.PROVINCIAL_REVIEW);
            assertThat(loaded.getStage()).isEqualTo(Stage.PROVINCIAL_REVIEW);
            stages.returnToUnit(registration.getId(), "请补充低保证明");
        });

        Map<String, Object> after = row(registration.getId());
        assertThat(after.get("stage")).isEqualTo("RETURNED");
        assertThat(after.get("return_reason")).isEqualTo("请补充低保证明");
    }

    @Test
    void aRegistrationReadAfterTheMoveInTheSameTransactionShowsTheNewStage() {
        Registration registration = submitted();

        Stage seen = transactions.execute(status -> {
            stages.moveTo(registration.getId(), Stage.DOCUMENT_CHECK);
            return registrations.findById(registration.getId()).orElseThrow().getStage();
        });

        assertThat(seen).isEqualTo(Stage.DOCUMENT_CHECK);
    }

    @Test
    void aMovePastEntryDoesNotReadTheRegistrationAndAChangeOfItLaterInTheTransactionIsKept() {
        Registration registration = submitted();
        long versionBefore = ((Number) row(registration.getId()).get("version")).longValue();

        transactions.executeWithoutResult(status -> {
            stages.moveTo(registration.getId(), Stage.PROVINCIAL_REVIEW);
            assertThat(Hibernate.isInitialized(entityManager.getReference(Registration.class, registration.getId())))
                    .as("the registration (family, encrypted numbers) was not read for the move").isFalse();
            stages.returnToUnit(registration.getId(), "请补充低保证明");
        });

        Map<String, Object> after = row(registration.getId());
        assertThat(after.get("stage")).isEqualTo("RETURNED");
        assertThat(after.get("return_reason")).isEqualTo("请补充低保证明");
        assertThat(((Number) after.get("version")).longValue()).isEqualTo(versionBefore + 2);
    }

    @Test
    void arrivingAtATaskMovesTheStageAndGivesTheCardOfTheTask() {
        Registration registration = submitted("欧阳修远");

        RegistrationStages.TaskCard card = transactions.execute(
                status -> stages.arrivedAtTask(registration.getId(), Stage.PROVINCIAL_REVIEW));

        assertThat(card).isEqualTo(new RegistrationStages.TaskCard(login.unitName(), "欧**远"));
        assertThat(row(registration.getId()).get("stage")).isEqualTo("PROVINCIAL_REVIEW");
    }

    @Test
    void aTaskArrivedAtWhileTheTransactionHoldsTheRegistrationGetsTheSameCard() {
        Registration registration = submitted("欧阳修远");

        RegistrationStages.TaskCard card = transactions.execute(status -> {
            entityManager.find(Registration.class, registration.getId());
            return stages.arrivedAtTask(registration.getId(), Stage.PROVINCIAL_REVIEW);
        });

        assertThat(card).isEqualTo(new RegistrationStages.TaskCard(login.unitName(), "欧**远"));
        assertThat(row(registration.getId()).get("stage")).isEqualTo("PROVINCIAL_REVIEW");
    }

    private Registration submitted() {
        return submitted(SampleRegistrations.valid());
    }

    private Registration submitted(String workerName) {
        RegistrationForm form = SampleRegistrations.valid();
        form.setName(workerName);
        return submitted(form);
    }

    private Registration submitted(RegistrationForm form) {
        Registration registration = registry.create(unit, form);
        registry.submit(unit, registration.getId());
        assertThat(row(registration.getId()).get("stage")).isEqualTo("PARTY_REVIEW");
        return registration;
    }

    private Map<String, Object> row(Long id) {
        return jdbc.queryForMap("select stage, version, submitted_at, updated_at, id_number, return_reason "
                + "from registration where id = ?", id);
    }
}
