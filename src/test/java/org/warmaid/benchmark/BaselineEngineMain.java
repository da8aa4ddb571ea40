package org.warmaid.benchmark;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warmaid.process.benchmark.BareEngineLifecycles;

/**
 * A baseline engine of the lifecycle benchmark in a JVM of its own, driven by {@link BaselineEngine}
 * over standard input and output, one command per line:
 * <pre>
 *   run COUNT THREADS PREFIX  →  done ELAPSED_NANOS JVM_NANOS COMPILER_NANOS EXECUTIONS COMMITS,
 *                                then "statement COUNT TEXT" lines, then "end"
 *   quit
 * </pre>
 * Arguments: JDBC URL, user, password, {@code authorization} true or false, then the driver
 * properties as {@code name=value}.
 */
public final class BaselineEngineMain {

    static final String READY = "ready";
    static final String DONE = "done";
    static final String STATEMENT = "statement";
    static final String END = "end";

    private BaselineEngineMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> driverProperties = new HashMap<>();
        for (int i = 4; i < args.length; i++) {
            driverProperties.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        StatementCounter statements = new StatementCounter();
        ProcessorTime processor = new ProcessorTime(false);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // without Spring Boot, logback would log everything at DEBUG level; the engine's warnings go to
        // standard error, so that standard output carries the answers alone
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        System.setOut(System.err);
        try (BareEngineLifecycles engine = new BareEngineLifecycles(args[0], args[1], args[2], driverProperties,
                Boolean.parseBoolean(args[3]), dataSource -> statements.wrap("baseline", dataSource));
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println(READY);
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] command = line.split(" ");
                StatementCounter.Counts before = statements.counts();
                ProcessorTime.Reading processorBefore = processor.now();
                long elapsed = engine.run(Integer.parseInt(command[1]), Integer.parseInt(command[2]), command[3]);
                ProcessorTime.Reading spent = processor.now().since(processorBefore);
                StatementCounter.Counts done = statements.counts().since(before);
                out.println(String.join(" ", DONE, String.valueOf(elapsed), String.valueOf(spent.jvmNanos()),
                        String.valueOf(spent.compilerNanos()), String.valueOf(done.executions()), String.valueOf(done.commits())));
                done.byStatement().forEach((text, count) -> out.println(STATEMENT + " " + count + " " + text));
                out.println(END);
            }
        }
    }
}
