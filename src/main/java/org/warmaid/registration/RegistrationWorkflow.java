package org.warmaid.registration;

/**
 * The process each registration travels. Called inside the registry's transaction, so the entity
 * and the process move together or not at all.
 */
public interface RegistrationWorkflow {

    /** A new registration: its process starts and waits for the unit to submit. */
    void started(Registration registration);

    /** 上报: the unit hands the registration on to review. */
    void submitted(Registration registration, String submittedBy);

    /** The unit deleted the registration: its process ends as withdrawn. */
    void withdrawn(Registration registration);

    /**
     * The unit took back its 上报 before the party committee decided: the process leaves the party
     * review and waits for the unit again.
     * @throws RegistrationRefused when the party committee has decided in the meantime
     */
    void takenBack(Registration registration, String takenBackBy);
}
