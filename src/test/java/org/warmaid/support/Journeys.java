package org.warmaid.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.Registry;

/**
 * Carries registrations along the process in-process, as the people of each stage would in
 * Tasklist (each task completed as its reviewer), to set up later stages quickly.
 */
@TestComponent
public class Journeys {

    private final Registry registry;
    private final TaskService tasks;
    private final IdentityService identity;
    private final IdentityAuthenticationProvider accounts;
    private final Fixtures fixtures;

    Journeys(Registry registry, TaskService tasks, IdentityService identity, IdentityAuthenticationProvider accounts,
            Fixtures fixtures) {
        this.registry = registry;
        this.tasks = tasks;
        this.identity = identity;
        this.accounts = accounts;
        this.fixtures = fixtures;
    }

    /** Registrations of the unit entered, submitted, approved by its party committee and the province, documents passed. */
    public List<Registration> awaitingPayout(Fixtures.UnitLogin unit, int count) {
        AccountPrincipal account = accounts.principalOf(unit.accountId());
        String party = fixtures.newPartyReviewer(unit.unitCode());
        List<Registration> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RegistrationForm form = SampleRegistrations.valid();
            form.setName(SampleRegistrations.workerName(i + 1));
            Registration registration = registry.create(account, form);
            registry.submit(account, registration.getId());
            complete(registration, party, Map.of("partyDecision", "APPROVE"));
            complete(registration, "reviewer", Map.of("provincialDecision", "APPROVE", "aidAmount", 1000 + i, "spotCheck", false));
            complete(registration, "reviewer", Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"));
            created.add(registration);
        }
        return created;
    }

    public void complete(Registration registration, String user, Map<String, Object> variables) {
        complete(registration, accounts.principalOf(user), variables);
    }

    /** Completes the registration's open task as a reviewer already signed in, as a Tasklist session does. */
    public void complete(Registration registration, AccountPrincipal reviewer, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(registration.getReference()).singleResult();
        identity.setAuthentication(reviewer.id(), List.copyOf(reviewer.groups()));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
