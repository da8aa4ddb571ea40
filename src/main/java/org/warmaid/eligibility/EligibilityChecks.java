package org.warmaid.eligibility;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Registrations;

/** The official check of a submitted registration, recorded with the decision versions used. */
@Service
public class EligibilityChecks {

    private final EligibilityCheck check;
    private final EligibilityRecords records;
    private final Registrations registrations;
    private final Clock clock;

    EligibilityChecks(EligibilityCheck check, EligibilityRecords records, Registrations registrations, Clock clock) {
        this.check = check;
        this.records = records;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** @throws UnknownRegion when the registration's region has no living standard */
    @Transactional
    public EligibilityRecord checkAndRecord(Long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("unknown registration " + registrationId));
        EligibilityResult result = check.check(HouseholdFacts.of(registration));
        return records.save(new EligibilityRecord(registrationId, clock.instant(), result));
    }

    @Transactional(readOnly = true)
    public Optional<EligibilityRecord> latest(Long registrationId) {
        return records.findFirstByRegistrationIdOrderByIdDesc(registrationId);
    }
}
