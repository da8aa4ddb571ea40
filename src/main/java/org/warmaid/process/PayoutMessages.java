package org.warmaid.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.warmaid.payout.PaymentNotifications;
import org.warmaid.registration.RegistrationDirectory;

/** Correlates the bank's outcome with the registration's process, by business key (its reference). */
@Component
class PayoutMessages implements PaymentNotifications {

    private final RuntimeService runtime;
    private final RegistrationDirectory registrations;
    private final SystemAccess system;

    PayoutMessages(RuntimeService runtime, RegistrationDirectory registrations, SystemAccess system) {
        this.runtime = runtime;
        this.registrations = registrations;
        this.system = system;
    }

    @Override
    public void paid(Long registrationId) {
        system.run(() -> runtime.createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_CONFIRMED)
                .processInstanceBusinessKey(reference(registrationId))
                .correlateWithResult());
    }

    @Override
    public void failed(Long registrationId, String reason) {
        system.run(() -> runtime.createMessageCorrelation(ProcessIds.MESSAGE_PAYOUT_FAILED)
                .processInstanceBusinessKey(reference(registrationId))
                .setVariable(ProcessVariables.PAYOUT_FAILURE_REASON, reason)
                .correlateWithResult());
    }

    private String reference(Long registrationId) {
        return registrations.referenceOf(registrationId).orElseThrow();
    }
}
