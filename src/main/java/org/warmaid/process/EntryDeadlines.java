package org.warmaid.process;

import java.util.Date;
import org.warmaid.registration.RegistrationStages;

/**
 * {@code ${entryDeadlines.of(registrationId)}}: when the timer on Task_EnterRegistration fires — the
 * campaign's entry deadline, or the registration's own correction deadline after a late return.
 */
@BpmnBean("entryDeadlines")
public class EntryDeadlines {

    private final RegistrationStages stages;

    EntryDeadlines(RegistrationStages stages) {
        this.stages = stages;
    }

    public Date of(Long registrationId) {
        return Date.from(stages.entryDeadline(registrationId));
    }
}
