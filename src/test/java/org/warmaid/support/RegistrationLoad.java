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
import org.warmaid.support.ApiClient.Answer;

/**
 * Units creating and submitting registrations back to back through the JSON API, on client threads,
 * until stopped. Records every answer, and which registrations the server acknowledged: a 201 for the
 * create (with its id and reference) and a 200 for the submit.
 */
public final class RegistrationLoad implements AutoCloseable {

    /** One call and what came back; status 0 when no HTTP answer came at all. */
    public record Call(String kind, int status, String message, Instant at) {
    }

    public record Acknowledged(long id, String reference, String unit) {
    }

    private final List<ApiClient> clients;
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<Long, Acknowledged> created = new ConcurrentHashMap<>();
    private final Map<Long, Acknowledged> submitted = new ConcurrentHashMap<>();

    private RegistrationLoad(List<ApiClient> clients) {
        this.clients = clients;
        this.threads = Executors.newFixedThreadPool(clients.size());
    }

    /** One thread per client (a client may appear several times). */
    public static RegistrationLoad start(List<ApiClient> clients, List<String> unitOfClient) {
        RegistrationLoad load = new RegistrationLoad(clients);
        for (int i = 0; i < clients.size(); i++) {
            ApiClient client = clients.get(i);
            String unit = unitOfClient.get(i);
            load.threads.submit(() -> load.run(client, unit));
        }
        return load;
    }

    private void run(ApiClient client, String unit) {
        while (running.get()) {
            Answer answer = call("create", () -> client.post("/api/registrations", SampleRegistrations.valid()));
            if (answer == null || answer.status() != 201) {
                pause();
                continue;
            }
            Acknowledged registration = new Acknowledged(answer.body().get("id").asLong(),
                    answer.body().get("reference").asText(), unit);
            created.put(registration.id(), registration);
            Answer submit = call("submit", () -> client.post("/api/registrations/" + registration.id() + "/submit", ""));
            if (submit != null && submit.status() == 200) {
                submitted.put(registration.id(), registration);
            }
        }
    }

    private Answer call(String kind, java.util.function.Supplier<Answer> request) {
        try {
            Answer answer = request.get();
            calls.add(new Call(kind, answer.status(), answer.status() >= 300 ? answer.firstMessage() : "", Instant.now()));
            return answer;
        } catch (RuntimeException noAnswer) {
            calls.add(new Call(kind, 0, String.valueOf(noAnswer.getMessage()), Instant.now()));
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

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public Map<Long, Acknowledged> created() {
        return Map.copyOf(created);
    }

    public Map<Long, Acknowledged> submitted() {
        return Map.copyOf(submitted);
    }

    /** Stops the clients and waits for their last calls to finish. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
    }
}
