package org.warmaid.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.warmaid.audit.AuditLog;

/**
 * The review module's {@link Reviews} for tests outside it (the process model's): the steps it
 * records are kept in a list and read back as the repository reads them, so a test sees what the
 * listeners recorded without a database.
 */
public final class RecordingReviews {

    private final List<ReviewStep> recorded = new ArrayList<>();
    private final ReviewSteps steps = mock(ReviewSteps.class);
    private final Reviews reviews;

    public RecordingReviews(AuditLog audit) {
        doAnswer(call -> recorded.add(call.getArgument(0))).when(steps).append(any());
        when(steps.latestWithDecision(anyLong(), any(), any())).thenAnswer(call ->
                recorded.stream().filter(step -> step.getRegistrationId().equals(call.getArgument(0))
                                && step.getTaskKey().equals(call.getArgument(1)) && step.getDecision().equals(call.getArgument(2)))
                        .reduce((first, second) -> second).map(step -> new Approval(step.getAidAmount(), step.getActor())));
        reviews = new Reviews(steps, Clock.systemUTC(), audit);
    }

    public Reviews reviews() {
        return reviews;
    }

    /** Every step recorded so far, oldest first. */
    public List<ReviewStep> recorded() {
        return List.copyOf(recorded);
    }

    /** What the unit reads of the registration's history from now on, whatever was recorded. */
    public void unitReads(Long registrationId, List<ReviewStep> visible) {
        when(steps.visibleToUnit(registrationId)).thenReturn(visible);
    }
}
