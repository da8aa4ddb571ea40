package org.warmaid.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.accounts.IdentityAuthenticationProvider;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Registry;
import org.warmaid.support.Fixtures;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * The engine's grants on reviewer tasks: one per candidate group when the task is created (written
 * without a lookup), none for units; a group added to an existing task later gets its grant added
 * to, never duplicated.
 */
@MariaDbIntegrationTest
class TaskGrantsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    IdentityAuthenticationProvider accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void aNewReviewerTaskGrantsItsCandidateGroupOnceAndAGroupAddedLaterIsGrantedWithoutDuplicate() {
        fixtures.openCampaign();
        Fixtures.UnitLogin login = fixtures.newUnit();
        AccountPrincipal unit = accounts.principalOf(login.accountId());
        Registration registration = registry.create(unit, SampleRegistrations.valid());
        Task entry = taskOf(registration);
        assertThat(grantsOn(entry)).as("units get nothing on their entry task").isEmpty();

        registry.submit(unit, registration.getId());
        Task review = taskOf(registration);
        String party = AccessGroups.partyGroup(login.unitCode());
        assertThat(grantsOn(review)).singleElement().satisfies(grant -> {
            assertThat(grant.getGroupId()).isEqualTo(party);
            assertThat(grant.isPermissionGranted(Permissions.TASK_WORK) || grant.isPermissionGranted(Permissions.UPDATE))
                    .as("the party committee may work on its task").isTrue();
        });

        tasks.addCandidateGroup(review.getId(), party);
        tasks.addCandidateGroup(review.getId(), AccessGroups.PROVINCIAL_REVIEWERS);

        assertThat(grantsOn(review)).extracting(Authorization::getGroupId)
                .containsExactlyInAnyOrder(party, AccessGroups.PROVINCIAL_REVIEWERS);
    }

    private Task taskOf(Registration registration) {
        return tasks.createTaskQuery().processInstanceBusinessKey(registration.getReference()).singleResult();
    }

    private List<Authorization> grantsOn(Task task) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list();
    }
}
