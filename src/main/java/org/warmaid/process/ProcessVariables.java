package org.warmaid.process;

/** The few process variables: ids and what the gateways decide on. */
public final class ProcessVariables {

    public static final String REGISTRATION_ID = "registrationId";
    public static final String UNIT_CODE = "unitCode";
    public static final String REFERENCE = "reference";

    private ProcessVariables() {
    }
}
