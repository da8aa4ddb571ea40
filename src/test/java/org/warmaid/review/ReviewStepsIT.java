package org.warmaid.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;
import org.warmaid.support.ApiClient;
import org.warmaid.support.Fixtures;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * Review steps written and read back by plain SQL against MariaDB: every field as recorded, the
 * document verdicts with their step, what the unit is shown, the approval a payment is made of and
 * the outcome of a list of registrations.
 */
@MariaDbIntegrationTest
class ReviewStepsIT {

    private static final String PROVINCIAL = "Task_ReviewByProvincialUnion";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reviews reviews;
    @Autowired
    Outcomes outcomes;
    @Autowired
    RegistrationDirectory registrations;
    @Autowired
    TransactionTemplate transactions;

    long registrationId;
    long otherRegistrationId;

    @BeforeEach
    void registrations() {
        fixtures.openCampaign();
        Fixtures.UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        registrationId = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        otherRegistrationId = api.post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
    }

    @Test
    void aStepIsReadBackAsItWasRecordedWithItsDocumentVerdictsInOrder() {
        Instant before = fixtures.clock().instant().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            reviews.recordDecision(SubmittedDecision.ofProvincialUnion(registrationId, PROVINCIAL, "APPROVE", "  核实无误  ",
                    false, new BigDecimal("1500.50"), "province1"));
            reviews.recordDocumentCheck(registrationId, "Task_CheckSupportingDocuments", List.of("ID_AND_BANK_CARD", "DIAGNOSIS"),
                    Map.of("ID_AND_BANK_CARD", "PASS", "DIAGNOSIS", "FAIL"), "诊断证明不清晰", "checker1");
        });

        List<ReviewStep> history = reviews.history(registrationId);

        assertThat(history).hasSize(2);
        ReviewStep approval = history.get(0);
        assertThat(approval.getId()).isNotNull();
        assertThat(approval.getRegistrationId()).isEqualTo(registrationId);
        assertThat(approval.getTaskKey()).isEqualTo(PROVINCIAL);
        assertThat(approval.getTaskName()).isEqualTo("工委审核");
        assertThat(approval.getDecision()).isEqualTo(StepDecision.APPROVE);
        assertThat(approval.getDecisionLabel()).isEqualTo(StepDecision.APPROVE.label());
        assertThat(approval.getComment()).isEqualTo("核实无误");
        assertThat(approval.getAidAmount()).isEqualByComparingTo("1500.50");
        assertThat(approval.getActor()).isEqualTo("province1");
        assertThat(approval.getOccurredAt()).isBetween(before, fixtures.clock().instant());
        assertThat(approval.isVisibleToUnit()).isFalse();
        assertThat(approval.getDocumentChecks()).isEmpty();

        ReviewStep check = history.get(1);
        assertThat(check.getDecision()).isEqualTo(StepDecision.INCOMPLETE);
        assertThat(check.getDocumentChecks()).containsExactly(new DocumentCheck("ID_AND_BANK_CARD", true),
                new DocumentCheck("DIAGNOSIS", false));
        assertThat(reviews.history(otherRegistrationId)).isEmpty();
    }

    @Test
    void theUnitIsShownReturnsOnlyAndAPaymentIsMadeOfTheLatestApproval() {
        transactions.executeWithoutResult(status -> {
            reviews.recordDecision(SubmittedDecision.ofProvincialUnion(registrationId, PROVINCIAL, "APPROVE", null, false,
                    new BigDecimal("1000"), "province1"));
            reviews.recordDecision(SubmittedDecision.ofPartyCommittee(registrationId, "Task_ReviewByPartyCommittee", "RETURN",
                    "请补充收入证明", false, "party1"));
            reviews.recordDecision(SubmittedDecision.ofProvincialUnion(registrationId, PROVINCIAL, "APPROVE", null, false,
                    new BigDecimal("1200"), "province2"));
        });

        assertThat(reviews.historyForUnit(registrationId)).extracting(ReviewStep::getComment).containsExactly("请补充收入证明");
        Approval latest = transactions.execute(status ->
                reviews.latestApproval(registrationId, PROVINCIAL).orElseThrow());
        assertThat(latest.aidAmount()).isEqualByComparingTo("1200");
        assertThat(latest.actor()).isEqualTo("province2");
        Optional<Approval> none = transactions.execute(status -> reviews.latestApproval(otherRegistrationId, PROVINCIAL));
        assertThat(none).isEmpty();

        Registration registration = registrations.findById(registrationId).orElseThrow();
        Registration other = registrations.findById(otherRegistrationId).orElseThrow();
        Map<Long, Outcome> byRegistration = outcomes.of(List.of(registration, other));
        assertThat(byRegistration.get(registrationId).steps()).hasSize(3);
        assertThat(byRegistration.get(otherRegistrationId).steps()).isEmpty();
    }
}
