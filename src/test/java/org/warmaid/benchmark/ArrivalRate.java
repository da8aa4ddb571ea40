package org.warmaid.benchmark;

import static org.warmaid.benchmark.Measure.fmt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.warmaid.support.RegistrationLoad;
import org.warmaid.support.RegistrationLoad.Arrival;

/**
 * The figures of one rate of the open-loop rush: latencies from each registration's due time, what
 * failed, what was achieved, and whether the client kept its timetable.
 *
 * @param latency each arrival's due time to its last answer, sorted (nanoseconds)
 * @param perRequest each create from its due time and each submit from the create's answer, sorted
 * @param sentLate each arrival's due time to the moment its create went out, sorted
 */
record ArrivalRate(int target, int arrivals, int acknowledged, double achieved, long[] latency, long[] perRequest,
        long errors, long[] sentLate, int waitedForThread, int peakInFlight, int threads) {

    static final double ONE_SECOND_MS = 1000;

    static ArrivalRate of(int target, RegistrationLoad load, int threads) {
        List<Arrival> arrivals = load.arrivals();
        List<RegistrationLoad.Call> calls = load.calls();
        long first = arrivals.stream().mapToLong(Arrival::due).min().orElse(0);
        long last = arrivals.stream().mapToLong(Arrival::done).max().orElse(first);
        int acknowledged = (int) arrivals.stream().filter(Arrival::acknowledged).count();
        List<Long> requests = Stream.concat(arrivals.stream().map(arrival -> arrival.created() - arrival.due()),
                calls.stream().filter(call -> call.kind().equals("submit")).map(RegistrationLoad.Call::nanos)).toList();
        return new ArrivalRate(target, arrivals.size(), acknowledged, last > first ? Measure.perSecond(acknowledged, last - first) : 0,
                Measure.sorted(arrivals.stream().map(Arrival::nanos).toList()), Measure.sorted(requests),
                calls.stream().filter(RegistrationLoad.Call::failed).count(),
                Measure.sorted(arrivals.stream().map(arrival -> arrival.sent() - arrival.due()).toList()),
                (int) arrivals.stream().filter(Arrival::waitedForThread).count(), load.peakInFlight(), threads);
    }

    double p99Ms() {
        return Measure.quantileMs(latency, 0.99);
    }

    /** The highest target rate at which the p99 stayed under one second with no error. */
    static Optional<Integer> highestUnderOneSecond(List<ArrivalRate> rates) {
        return rates.stream().filter(rate -> rate.errors == 0 && rate.p99Ms() < ONE_SECOND_MS)
                .map(ArrivalRate::target).max(Comparator.naturalOrder());
    }

    /** How late the arrivals of all rates were sent after they were due: p99 / max in milliseconds. */
    static String sentLate(List<ArrivalRate> rates) {
        long[] all = Measure.sorted(rates.stream().flatMap(rate -> Arrays.stream(rate.sentLate).boxed()).toList());
        return fmt(Measure.quantileMs(all, 0.99)) + " / " + fmt(Measure.quantileMs(all, 1));
    }

    /** The rates as a Markdown table, one row each. */
    static String table(List<ArrivalRate> rates) {
        StringBuilder table = new StringBuilder("| target rate (registrations/s) | arrivals | acknowledged | achieved rate (/s) "
                + "| p50 | p95 | p99 | max (ms, due → submit answered) | p50 / p95 / p99 per request (ms) | errors "
                + "| client: sent late p99 / max (ms); arrivals that waited for a thread; most in flight |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ArrivalRate rate : rates) {
            table.append("| ").append(rate.target).append(" | ").append(rate.arrivals).append(" | ").append(rate.acknowledged)
                    .append(" | ").append(fmt(rate.achieved))
                    .append(" | ").append(fmt(Measure.quantileMs(rate.latency, 0.50)))
                    .append(" | ").append(fmt(Measure.quantileMs(rate.latency, 0.95)))
                    .append(" | ").append(fmt(rate.p99Ms()))
                    .append(" | ").append(fmt(Measure.quantileMs(rate.latency, 1)))
                    .append(" | ").append(fmt(Measure.quantileMs(rate.perRequest, 0.50))).append(" / ")
                    .append(fmt(Measure.quantileMs(rate.perRequest, 0.95))).append(" / ")
                    .append(fmt(Measure.quantileMs(rate.perRequest, 0.99)))
                    .append(" | ").append(rate.errors)
                    .append(" | ").append(fmt(Measure.quantileMs(rate.sentLate, 0.99))).append(" / ")
                    .append(fmt(Measure.quantileMs(rate.sentLate, 1))).append("; ").append(rate.waitedForThread)
                    .append("; ").append(rate.peakInFlight).append(" of ").append(rate.threads).append(" threads |\n");
        }
        return table.toString();
    }

    @Override
    public String toString() {
        return target + "/s: " + arrivals + " arrivals, " + acknowledged + " acknowledged, achieved " + fmt(achieved)
                + "/s, p50 / p95 / p99 / max " + fmt(Measure.quantileMs(latency, 0.50)) + " / "
                + fmt(Measure.quantileMs(latency, 0.95)) + " / " + fmt(p99Ms()) + " / " + fmt(Measure.quantileMs(latency, 1))
                + " ms, " + errors + " errors, sent late p99 " + fmt(Measure.quantileMs(sentLate, 0.99)) + " ms, "
                + waitedForThread + " waited for a thread, at most " + peakInFlight + " in flight";
    }
}
