package org.warmaid.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the engine user of the request (Tasklist, REST, the app), else the assignee. */
@Component
class Actors {

    private final IdentityService identity;

    Actors(IdentityService identity) {
        this.identity = identity;
    }

    String of(DelegateTask task) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
