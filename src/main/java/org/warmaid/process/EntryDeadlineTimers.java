package org.warmaid.process;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.warmaid.campaign.DeadlineTimers;

/** Moves the due date of the entry-deadline timers of waiting registrations to their current deadline. */
@Component
class EntryDeadlineTimers implements DeadlineTimers {

    private static final String TIMER = "BoundaryEvent_EntryDeadlinePassed";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final EntryDeadlines deadlines;
    private final SystemAccess system;

    EntryDeadlineTimers(ManagementService management, RuntimeService runtime, EntryDeadlines deadlines, SystemAccess system) {
        this.management = management;
        this.runtime = runtime;
        this.deadlines = deadlines;
        this.system = system;
    }

    @Override
    public int reschedule(String unitCode) {
        return system.call(() -> {
            int moved = 0;
            for (Job job : management.createJobQuery().activityId(TIMER).timers().list()) {
                if (unitCode != null && !unitCode.equals(runtime.getVariable(job.getProcessInstanceId(), ProcessVariables.UNIT_CODE))) {
                    continue;
                }
                Long registrationId = (Long) runtime.getVariable(job.getProcessInstanceId(), ProcessVariables.REGISTRATION_ID);
                Date due = deadlines.of(registrationId);
                if (!due.equals(job.getDuedate())) {
                    management.setJobDuedate(job.getId(), due);
                    moved++;
                }
            }
            return moved;
        });
    }
}
