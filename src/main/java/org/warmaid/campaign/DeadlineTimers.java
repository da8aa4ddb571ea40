package org.warmaid.campaign;

/**
 * The process timers that end unsubmitted registrations at the entry deadline; moved when a
 * deadline moves (the campaign's, or one unit's after entry was reopened for it).
 */
public interface DeadlineTimers {

    /** Recomputes the deadline timer of every waiting registration (of one unit, or of all when null). */
    int reschedule(String unitCode);
}
