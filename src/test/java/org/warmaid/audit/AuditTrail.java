package org.warmaid.audit;

import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/** The audit log read back by the tests of other packages: by target and by actor, oldest first. */
@TestComponent
public class AuditTrail {

    private final AuditEvents events;

    AuditTrail(AuditEvents events) {
        this.events = events;
    }

    public List<AuditEvent> findByTargetTypeAndTargetIdOrderByIdAsc(String targetType, String targetId) {
        return events.ofTarget(targetType, targetId);
    }

    public List<AuditEvent> findByActorOrderByIdAsc(String actor) {
        return events.byActor(actor);
    }
}
