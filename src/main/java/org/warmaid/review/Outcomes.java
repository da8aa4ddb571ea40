package org.warmaid.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Stage;

/**
 * The outcome of registrations for their unit, read from their review steps (one query for a whole
 * list): the approved amount is the provincial union's approval, the payment day is the bank's
 * confirmation, and the reason a registration is not aided is the comment of the step that ended it.
 */
@Service
public class Outcomes {

    /** The steps that end a registration without aid, by the stage they end it in. */
    private static final Map<Stage, Set<StepDecision>> ENDED_BY = Map.of(
            Stage.REJECTED, Set.of(StepDecision.REJECT, StepDecision.NOT_CONFIRMED, StepDecision.UNTRUTHFUL_DECLARATION),
            Stage.DOCUMENTS_INCOMPLETE, Set.of(StepDecision.INCOMPLETE),
            Stage.ABANDONED, Set.of(StepDecision.ABANDONED),
            Stage.PAYOUT_CANCELLED, Set.of(StepDecision.CANCEL));

    private final ReviewSteps steps;

    Outcomes(ReviewSteps steps) {
        this.steps = steps;
    }

    @Transactional(readOnly = true)
    public Outcome of(Registration registration) {
        return of(List.of(registration)).get(registration.getId());
    }

    /** The outcome of each registration, by its id. */
    @Transactional(readOnly = true)
    public Map<Long, Outcome> of(Collection<Registration> registrations) {
        Map<Long, List<ReviewStep>> byRegistration = new LinkedHashMap<>();
        registrations.forEach(registration -> byRegistration.put(registration.getId(), new ArrayList<>()));
        if (!byRegistration.isEmpty()) {
            steps.ofRegistrations(byRegistration.keySet())
                    .forEach(step -> byRegistration.get(step.getRegistrationId()).add(step));
        }
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        for (Registration registration : registrations) {
            outcomes.put(registration.getId(), outcome(registration.getStage(), byRegistration.get(registration.getId())));
        }
        return outcomes;
    }

    static Outcome outcome(Stage stage, List<ReviewStep> history) {
        BigDecimal approved = null;
        Instant paidAt = null;
        BigDecimal paidAmount = null;
        List<Outcome.Step> shown = new ArrayList<>();
        for (ReviewStep step : history) {
            shown.add(new Outcome.Step(step.getOccurredAt(), step.getTaskName(), step.getDecisionLabel(), step.getComment(),
                    step.getAidAmount()));
            // the provincial union's approval: the only approval recorded with an amount
            if (step.getDecision() == StepDecision.APPROVE && step.getAidAmount() != null) {
                approved = step.getAidAmount();
            }
            if (step.getDecision() == StepDecision.PAID) {
                paidAt = step.getOccurredAt();
                paidAmount = step.getAidAmount();
            }
        }
        return new Outcome(approved, paidAt, paidAmount, notAidedReason(stage, history), List.copyOf(shown));
    }

    private static String notAidedReason(Stage stage, List<ReviewStep> history) {
        Set<StepDecision> ending = ENDED_BY.get(stage);
        if (ending == null) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewStep step = history.get(i);
            if (ending.contains(step.getDecision())) {
                return step.getTaskName() + "：" + step.getDecisionLabel()
                        + (step.getComment() == null ? "" : "。" + step.getComment());
            }
        }
        return stage.label();
    }
}
