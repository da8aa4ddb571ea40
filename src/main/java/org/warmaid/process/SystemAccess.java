package org.warmaid.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs the application's own engine calls without the engine user's authorizations. A delegate
 * runs in the thread of whoever completed the task (e.g. a party reviewer in Tasklist), and that
 * user may not read decision definitions or other units' data the application needs itself.
 */
@Component
public class SystemAccess {

    private final IdentityService identity;

    public SystemAccess(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null) {
            return work.get();
        }
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            identity.setAuthentication(current);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
