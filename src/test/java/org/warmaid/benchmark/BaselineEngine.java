package org.warmaid.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A baseline engine of the lifecycle benchmark running in a JVM of its own ({@link BaselineEngineMain}),
 * started with this JVM's heap and collector settings.
 * <p>
 * In the application's JVM, the bare engines shared the engine's compiled code with the application:
 * the JIT compiler compiled it in whichever side's turn it came up, for the mix of types (engine
 * configuration, transaction context, data source, delegates) all three use. In a JVM of its own,
 * each side's compiler compiles that side's code alone and is measured with it, as for a single
 * engine in production.
 */
final class BaselineEngine implements AutoCloseable {

    /** What one run of the baseline cost, measured in its own JVM. */
    record Run(long elapsedNanos, long jvmNanos, long compilerNanos, StatementCounter.Counts counts) {
    }

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    BaselineEngine(String jdbcUrl, String user, String password, Map<String, String> driverProperties,
            boolean authorization, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(memorySettings());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaselineEngineMain.class.getName(),
                jdbcUrl, user, password == null ? "" : password, String.valueOf(authorization)));
        driverProperties.forEach((name, value) -> command.add(name + "=" + value));
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        expect(BaselineEngineMain.READY, answer());
    }

    /** This JVM's heap and garbage collector settings (the ones the README recommends for production). */
    private static List<String> memorySettings() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.matches("-Xm[sx]\\w+|-XX:\\+Use\\w+GC"))
                .toList();
    }

    Run run(int count, int threads, String prefix) throws IOException {
        commands.println(String.join(" ", "run", String.valueOf(count), String.valueOf(threads), prefix));
        String[] done = answer().split(" ");
        expect(BaselineEngineMain.DONE, done[0]);
        Map<String, Long> byStatement = new HashMap<>();
        for (String line = answer(); !line.equals(BaselineEngineMain.END); line = answer()) {
            String[] statement = line.split(" ", 3);
            expect(BaselineEngineMain.STATEMENT, statement[0]);
            byStatement.put(statement[2], Long.parseLong(statement[1]));
        }
        return new Run(Long.parseLong(done[1]), Long.parseLong(done[2]), Long.parseLong(done[3]),
                new StatementCounter.Counts(Long.parseLong(done[4]), Long.parseLong(done[5]), Map.copyOf(byStatement)));
    }

    private String answer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IllegalStateException("the baseline engine's JVM ended (exit " + exitValue() + "); see its log");
        }
        return line;
    }

    private String exitValue() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void expect(String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the baseline engine answered " + actual + " instead of " + expected);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
