package org.warmaid.registration;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.campaign.EntryWindows;
import org.warmaid.privacy.Masking;

/**
 * Keeps the registration's stage in step with its process. Called by the process as it arrives at
 * each task or end, in the engine's transaction, so both always agree.
 */
@Service
public class RegistrationStages {

    private final Registrations registrations;
    private final CampaignDirectory campaigns;
    private final EntryWindows windows;
    private final Clock clock;
    private final EntityManager entityManager;

    RegistrationStages(Registrations registrations, CampaignDirectory campaigns, EntryWindows windows, Clock clock,
            EntityManager entityManager) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.windows = windows;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Moves the registration to the stage. Past entry, unless this transaction holds the
     * registration already, only its {@link RegistrationProgress} is read and written, and written at
     * once, so that the registration read later in the transaction is read as moved. Leaving entry
     * goes through the registration, which also records the submission; so does a move of a
     * registration this transaction holds, which keeps its other changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(Long registrationId, Stage stage) {
        if (movedPastEntry(registrationId, stage) == null) {
            moveThroughRegistration(registrationId, stage);
        }
    }

    /**
     * The registration arrives at a task past entry: it moves to the stage, and what the task's card
     * shows of it is returned (the unit's name and the worker's masked name).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TaskCard arrivedAtTask(Long registrationId, Stage stage) {
        RegistrationProgress progress = movedPastEntry(registrationId, stage);
        if (progress != null) {
            return new TaskCard(progress.getUnitName(), Masking.name(progress.getWorkerName()));
        }
        Registrations.CardNames names = registrations.cardNamesOf(registrationId)
                .orElseThrow(() -> unknown(registrationId));
        moveThroughRegistration(registrationId, stage);
        return new TaskCard(names.unitName(), Masking.name(names.workerName()));
    }

    public record TaskCard(String unitName, String workerName) {
    }

    /**
     * The move through the registration's progress alone, written at once, when the registration is
     * past entry and this transaction does not hold it; otherwise nothing is done and null returned.
     */
    private RegistrationProgress movedPastEntry(Long registrationId, Stage stage) {
        if (isLoaded(registrationId)) {
            return null;
        }
        RegistrationProgress progress = entityManager.find(RegistrationProgress.class, registrationId);
        if (progress == null) {
            throw unknown(registrationId);
        }
        if (progress.getStage().isInEntry()) {
            return null;
        }
        if (progress.getStage() != stage) {
            progress.moveTo(stage, clock.instant());
            entityManager.flush();
        }
        return progress;
    }

    /** The move through the registration itself, which keeps this transaction's other changes of it. */
    private void moveThroughRegistration(Long registrationId, Stage stage) {
        Registration registration = find(registrationId);
        if (registration.getStage() != stage) {
            registration.moveTo(stage, clock.instant());
        }
    }

    /** Back at entry: new (ENTERED) or sent back with a reason (RETURNED). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void arrivedAtEntry(Long registrationId) {
        Registration registration = find(registrationId);
        moveThroughRegistration(registrationId, registration.getReturnReason() == null ? Stage.ENTERED : Stage.RETURNED);
    }

    /**
     * Back to the unit with the reason it will see. Returned after the entry deadline, the unit gets
     * the campaign's correction window for this registration only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnToUnit(Long registrationId, String reason) {
        Registration registration = find(registrationId);
        Campaign campaign = campaigns.findById(registration.getCampaignId()).orElseThrow();
        Instant now = clock.instant();
        Instant correctionDeadline = now.isBefore(windows.entryDeadline(campaign, registration.getUnitCode())) ? null
                : now.plus(campaign.correctionWindow());
        registration.returnForCorrection(reason, correctionDeadline, now);
    }

    /** Until when the unit may submit: its correction deadline if it has one, else the campaign's entry deadline. */
    @Transactional(readOnly = true)
    public Instant entryDeadline(Long registrationId) {
        Registration registration = find(registrationId);
        if (registration.getCorrectionDeadline() != null) {
            return registration.getCorrectionDeadline();
        }
        return windows.entryDeadline(campaigns.findById(registration.getCampaignId()).orElseThrow(), registration.getUnitCode());
    }

    private Registration find(Long registrationId) {
        return registrations.findById(registrationId).orElseThrow(() -> unknown(registrationId));
    }

    /** Whether this transaction holds the registration already (asking does not read it). */
    private boolean isLoaded(Long registrationId) {
        return Hibernate.isInitialized(entityManager.getReference(Registration.class, registrationId));
    }

    private static IllegalStateException unknown(Long registrationId) {
        return new IllegalStateException("process refers to unknown registration " + registrationId);
    }
}
