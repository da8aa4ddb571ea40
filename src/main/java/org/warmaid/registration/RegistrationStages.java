package org.warmaid.registration;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the registration's stage in step with its process. Called by the process as it arrives at
 * each task or end, in the engine's transaction, so both always agree.
 */
@Service
public class RegistrationStages {

    private final Registrations registrations;
    private final Clock clock;

    RegistrationStages(Registrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(Long registrationId, Stage stage) {
        Registration registration = registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("process refers to unknown registration " + registrationId));
        if (registration.getStage() != stage) {
            registration.moveTo(stage, clock.instant());
        }
    }

    /** Back to the unit with the reason it sees; after the entry deadline only until the correction deadline. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnToUnit(Long registrationId, String reason, Instant correctionDeadline) {
        Registration registration = registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("process refers to unknown registration " + registrationId));
        registration.returnForCorrection(reason, correctionDeadline, clock.instant());
    }
}
