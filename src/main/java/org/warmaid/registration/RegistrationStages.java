package org.warmaid.registration;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.hibernate.Hibernate;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    RegistrationStages(Registrations registrations, CampaignDirectory campaigns, EntryWindows windows, Clock clock,
            EntityManager entityManager, JdbcTemplate jdbc) {
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.windows = windows;
        this.clock = clock;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /**
     * Past entry a move changes the stage alone, written in one UPDATE without reading the
     * registration first; in entry (leaving it records the submission), or when this transaction
     * has the registration loaded already, the loaded registration moves.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(Long registrationId, Stage stage) {
        if (!isLoaded(registrationId) && movedPastEntry(registrationId, stage)) {
            return;
        }
        Registration registration = find(registrationId);
        if (registration.getStage() != stage) {
            registration.moveTo(stage, clock.instant());
        }
    }

    /** What a reviewer's task card shows of the registration: the unit's name and the worker's masked name. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TaskCard taskCard(Long registrationId) {
        return jdbc.queryForObject("select u.name, r.name from registration r join unit u on u.code = r.unit_code "
                + "where r.id = ?", (row, i) -> new TaskCard(row.getString(1), Masking.name(row.getString(2))), registrationId);
    }

    public record TaskCard(String unitName, String workerName) {
    }

    /** Back at entry: new (ENTERED) or sent back with a reason (RETURNED). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void arrivedAtEntry(Long registrationId) {
        Registration registration = find(registrationId);
        moveTo(registrationId, registration.getReturnReason() == null ? Stage.ENTERED : Stage.RETURNED);
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

    private boolean movedPastEntry(Long registrationId, Stage stage) {
        return registrations.movePastEntry(registrationId, stage, clock.instant(), Stage.IN_ENTRY) == 1;
    }

    /** Whether this transaction holds the registration already (asking does not read it). */
    private boolean isLoaded(Long registrationId) {
        return Hibernate.isInitialized(entityManager.getReference(Registration.class, registrationId));
    }

    private Registration find(Long registrationId) {
        return registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("process refers to unknown registration " + registrationId));
    }
}
