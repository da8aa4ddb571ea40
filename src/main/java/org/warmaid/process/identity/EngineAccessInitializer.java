package org.warmaid.process.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, in every profile: the staff groups with their grants and Tasklist filters, and no
 * engine grant left to a unit on a task.
 */
@Component
@Order(0)
class EngineAccessInitializer implements ApplicationRunner {

    private final EngineAccess engineAccess;

    EngineAccessInitializer(EngineAccess engineAccess) {
        this.engineAccess = engineAccess;
    }

    @Override
    public void run(ApplicationArguments args) {
        engineAccess.ensureStaffGroups();
        engineAccess.revokeUnitTaskGrants();
    }
}
