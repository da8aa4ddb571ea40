package org.warmaid.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmaid.registration.EntryCompleteness;
import org.warmaid.support.RegistrationLoad.Acknowledged;
import org.warmaid.support.StoredState;
import org.warmaid.support.StoredState.Stored;

/**
 * What became of a rush's registrations, read from the database once the rush is over.
 *
 * <p>Every acknowledged create must be stored once (for its unit, with one process instance); every
 * acknowledged submit must wait at 党委审核 (stage and its one open task). A create whose submit was
 * not acknowledged is submitted after all (the answer was lost) or still with its unit; then it must
 * be complete, because at the closing time a complete saved registration counts as declared
 * ({@code Task_DeclareAtDeadline}) and only an incomplete one is given up.
 *
 * @param lost acknowledged creates not stored, or stored for another unit
 * @param wrongPlace stored, but with other than one process instance, or not where its acknowledged
 *        answers put it
 * @param unsubmitted acknowledged creates still in entry (their submit failed)
 * @param incomplete of those, the ones the closing time would give up
 * @param duplicatedReferences references stored more than once in the whole database
 * @param storedUnacknowledged registrations of the rush's units that no acknowledged create accounts
 *        for (a create whose answer did not arrive)
 */
record RushCheck(int lost, int wrongPlace, int unsubmitted, int incomplete, long duplicatedReferences,
        long storedUnacknowledged) {

    static RushCheck of(Connection db, EntryCompleteness completeness, Collection<String> units,
            Map<Long, Acknowledged> created, Map<Long, Acknowledged> submitted) throws SQLException {
        StoredState state = new StoredState(db);
        Map<Long, Stored> stored = state.registrations();
        Map<Long, String> unitOf = new HashMap<>();
        for (Map<String, Object> row : state.rows("select id, unit_code from registration where unit_code in ("
                + units.stream().map(unit -> "'" + unit.replace("'", "") + "'").collect(Collectors.joining(", ")) + ")")) {
            unitOf.put(((Number) row.get("id")).longValue(), (String) row.get("unit_code"));
        }
        int lost = 0;
        int wrongPlace = 0;
        int unsubmitted = 0;
        int incomplete = 0;
        for (Acknowledged registration : created.values()) {
            Stored found = stored.get(registration.id());
            if (found == null || !registration.unit().equals(unitOf.get(registration.id()))
                    || !registration.reference().equals(found.reference())) {
                lost++;
            } else if (found.processes() != 1) {
                wrongPlace++;
            } else if (submitted.containsKey(registration.id()) || !found.stage().equals("ENTERED")) {
                if (!waitsForPartyCommittee(found)) {
                    wrongPlace++;
                }
            } else if (!found.openTasks().equals(List.of("Task_EnterRegistration"))) {
                wrongPlace++;
            } else {
                unsubmitted++;
                if (!completeness.whyIncomplete(registration.id()).isEmpty()) {
                    incomplete++;
                }
            }
        }
        long duplicated = state.count("select count(*) from (select reference from registration "
                + "group by reference having count(*) > 1) d");
        long unacknowledged = unitOf.keySet().stream().filter(id -> !created.containsKey(id)).count();
        return new RushCheck(lost, wrongPlace, unsubmitted, incomplete, duplicated, unacknowledged);
    }

    private static boolean waitsForPartyCommittee(Stored registration) {
        return registration.stage().equals("PARTY_REVIEW")
                && registration.openTasks().equals(List.of("Task_ReviewByPartyCommittee"));
    }

    /** Nothing acknowledged lost, misplaced, duplicated or left to be given up at the closing time. */
    boolean allKept() {
        return lost == 0 && wrongPlace == 0 && incomplete == 0 && duplicatedReferences == 0;
    }

    @Override
    public String toString() {
        return lost + " lost, " + wrongPlace + " at the wrong place, " + duplicatedReferences + " references duplicated; "
                + unsubmitted + " acknowledged creates not submitted, " + incomplete + " of them incomplete; "
                + storedUnacknowledged + " stored without an acknowledged create";
    }
}
