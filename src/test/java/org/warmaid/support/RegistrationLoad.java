package org.warmaid.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient.Answer;

/**
 * Units creating and submitting registrations through the JSON API, on client threads: either back
 * to back until stopped ({@link #start}, a closed loop: each client waits for its answers before it
 * sends more), or at a fixed rate on a timetable whatever the answers' speed ({@link #atRate}, an
 * open loop, as independent units arrive). Records every answer, and which registrations the
 * server acknowledged: a 201 for the create (with its id and reference) and a 200 for the submit.
 */
public final class RegistrationLoad implements AutoCloseable {

    /** One call and what came back; status 0 when no HTTP answer came at all; how long it took, in nanoseconds. */
    public record Call(String kind, int status, String message, Instant at, long nanos) {

        public boolean failed() {
            return status / 100 != 2;
        }
    }

    public record Acknowledged(long id, String reference, String unit) {
    }

    /**
     * One registration of the timetable, in {@link System#nanoTime()}: when it was due, when its
     * create was sent (later than due when the client fell behind), when the create and the submit
     * (or the failed create) were answered; whether both were acknowledged; whether it found every
     * client thread busy and had to wait for one.
     */
    public record Arrival(long due, long sent, long created, long done, boolean acknowledged, boolean waitedForThread) {

        /** From the moment it was due to its last answer: what the unit waited, coordinated omission avoided. */
        public long nanos() {
            return done - due;
        }
    }

    private final List<ApiClient> clients;
    private final List<String> unitOfClient;
    private final Supplier<RegistrationForm> forms;
    private final int threadCount;
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final Map<Long, Acknowledged> created = new ConcurrentHashMap<>();
    private final Map<Long, Acknowledged> submitted = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private Thread timetable;

    private RegistrationLoad(List<ApiClient> clients, List<String> unitOfClient, Supplier<RegistrationForm> forms,
            int threadCount) {
        this.clients = clients;
        this.unitOfClient = unitOfClient;
        this.forms = forms;
        this.threadCount = threadCount;
        this.threads = Executors.newFixedThreadPool(threadCount);
    }

    /** One thread per client (a client may appear several times), valid sample registrations back to back. */
    public static RegistrationLoad start(List<ApiClient> clients, List<String> unitOfClient) {
        return start(clients, unitOfClient, SampleRegistrations::valid);
    }

    /** One thread per client (a client may appear several times), the given registrations back to back. */
    public static RegistrationLoad start(List<ApiClient> clients, List<String> unitOfClient, Supplier<RegistrationForm> forms) {
        RegistrationLoad load = new RegistrationLoad(clients, unitOfClient, forms, clients.size());
        for (int i = 0; i < clients.size(); i++) {
            ApiClient client = clients.get(i);
            String unit = unitOfClient.get(i);
            load.threads.submit(() -> load.run(client, unit));
        }
        return load;
    }

    /**
     * {@code count} registrations due at {@code perSecond} from now on, each a create and a submit
     * by the clients in turn, sent when due whatever the earlier ones' answers (open loop), on up
     * to {@code threadCount} client threads; an arrival that finds them all busy waits for one
     * (see {@link Arrival#waitedForThread}). {@link #awaitTimetable} waits for the last answer.
     */
    public static RegistrationLoad atRate(List<ApiClient> clients, List<String> unitOfClient, Supplier<RegistrationForm> forms,
            double perSecond, int count, int threadCount) {
        RegistrationLoad load = new RegistrationLoad(clients, unitOfClient, forms, threadCount);
        load.timetable = new Thread(() -> load.keepTimetable(perSecond, count), "registration-timetable");
        load.timetable.start();
        return load;
    }

    private void keepTimetable(double perSecond, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count && running.get(); i++) {
            // each due time from the start, so that a late wake-up does not shift the arrivals after it
            long due = start + Math.round(i * 1e9 / perSecond);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            ApiClient client = clients.get(i % clients.size());
            String unit = unitOfClient.get(i % clients.size());
            int before = inFlight.getAndIncrement();
            peakInFlight.accumulateAndGet(before + 1, Math::max);
            boolean waited = before >= threadCount;
            threads.execute(() -> {
                try {
                    long sent = System.nanoTime();
                    Attempt attempt = register(client, unit);
                    arrivals.add(new Arrival(due, sent, attempt.createAnswered(), System.nanoTime(), attempt.submitted(), waited));
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    private void run(ApiClient client, String unit) {
        while (running.get()) {
            if (!register(client, unit).created()) {
                pause();
            }
        }
    }

    /** What one registration's two calls gave, and when the create was answered. */
    private record Attempt(long createAnswered, boolean created, boolean submitted) {
    }

    private Attempt register(ApiClient client, String unit) {
        Answer answer = call("create", () -> client.post("/api/registrations", forms.get()));
        long createAnswered = System.nanoTime();
        if (answer == null || answer.status() != 201) {
            return new Attempt(createAnswered, false, false);
        }
        Acknowledged registration = new Acknowledged(answer.body().get("id").asLong(),
                answer.body().get("reference").asText(), unit);
        created.put(registration.id(), registration);
        Answer submit = call("submit", () -> client.post("/api/registrations/" + registration.id() + "/submit", ""));
        if (submit != null && submit.status() == 200) {
            submitted.put(registration.id(), registration);
            return new Attempt(createAnswered, true, true);
        }
        return new Attempt(createAnswered, true, false);
    }

    private Answer call(String kind, java.util.function.Supplier<Answer> request) {
        long start = System.nanoTime();
        try {
            Answer answer = request.get();
            calls.add(new Call(kind, answer.status(), answer.status() >= 300 ? answer.firstMessage() : "", Instant.now(),
                    System.nanoTime() - start));
            return answer;
        } catch (RuntimeException noAnswer) {
            calls.add(new Call(kind, 0, String.valueOf(noAnswer.getMessage()), Instant.now(), System.nanoTime() - start));
            return null;
        }
    }

    /** A failed client waits a little before it tries again, as a program with a retry loop would. */
    private void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a create was acknowledged after the given moment; false when none came in time. */
    public boolean awaitAcknowledgedCreateAfter(Instant moment, Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (calls.stream().anyMatch(call -> call.kind().equals("create") && call.status() == 201 && call.at().isAfter(moment))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Waits until every arrival of the timetable ({@link #atRate}) is due, sent and answered. */
    public void awaitTimetable() throws InterruptedException {
        timetable.join();
        threads.shutdown();
        // each call times out after a minute (Http), an arrival is two calls
        if (!threads.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("arrivals still unanswered after three minutes: " + inFlight.get());
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The timetable's arrivals ({@link #atRate}) that have been answered, in the order of their answers. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** The most arrivals of the timetable sent and not yet answered at once (waiting for a thread included). */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    public Map<Long, Acknowledged> created() {
        return Map.copyOf(created);
    }

    public Map<Long, Acknowledged> submitted() {
        return Map.copyOf(submitted);
    }

    /** Stops the clients (and the timetable) and waits for their last calls to finish. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        if (timetable != null) {
            timetable.join();
        }
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
    }
}
