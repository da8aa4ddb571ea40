package org.warmaid.process.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccessGroups;

/** Refuses to run with nobody in camunda-admin: the system would have no one able to manage it. */
@Component
@Order(100)
class AdministratorPresence implements ApplicationRunner {

    private final IdentityService identity;

    AdministratorPresence(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createUserQuery().memberOfGroup(AccessGroups.ADMINISTRATORS).count() == 0) {
            throw new IllegalStateException("group camunda-admin has no member: set WARMAID_ADMIN_USER and "
                    + "WARMAID_ADMIN_PASSWORD (profile mariadb) so that the first administrator is created");
        }
    }
}
