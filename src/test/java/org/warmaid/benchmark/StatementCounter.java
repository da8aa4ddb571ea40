package org.warmaid.benchmark;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what one side of a benchmark asks of the database: JDBC executions (a batch counts once)
 * and commits, and how often each statement ran. Unlike times, these counts do not depend on how
 * busy the machine is.
 */
public final class StatementCounter {

    private static final int STATEMENT_LENGTH = 110;

    private final AtomicLong executions = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final Map<String, LongAdder> byStatement = new ConcurrentHashMap<>();
    /** The shortened text of each distinct SQL string, computed once (it runs on every execution). */
    private final Map<String, String> shortenedText = new ConcurrentHashMap<>();

    public DataSource wrap(String name, DataSource dataSource) {
        return ProxyDataSourceBuilder.create(name, dataSource)
                .afterQuery((execution, queries) -> {
                    executions.incrementAndGet();
                    if (!queries.isEmpty()) {
                        String text = shortenedText.computeIfAbsent(queries.get(0).getQuery(), StatementCounter::shortened);
                        byStatement.computeIfAbsent(text, key -> new LongAdder()).increment();
                    }
                })
                .afterMethod(method -> {
                    if (method.getMethod().getName().equals("commit") && method.getTarget() instanceof java.sql.Connection) {
                        commits.incrementAndGet();
                    }
                })
                .build();
    }

    private static String shortened(String query) {
        String text = query.replaceAll("\\s+", " ").trim();
        return text.length() <= STATEMENT_LENGTH ? text : text.substring(0, STATEMENT_LENGTH) + "…";
    }

    public Counts counts() {
        return new Counts(executions.get(), commits.get(), Map.copyOf(snapshot()));
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> copy = new HashMap<>();
        byStatement.forEach((statement, count) -> copy.put(statement, count.sum()));
        return copy;
    }

    public record Counts(long executions, long commits, Map<String, Long> byStatement) {

        public static final Counts NONE = new Counts(0, 0, Map.of());

        public Counts since(Counts before) {
            Map<String, Long> difference = new HashMap<>(byStatement);
            before.byStatement.forEach((statement, count) -> difference.merge(statement, -count, Long::sum));
            difference.values().removeIf(count -> count == 0);
            return new Counts(executions - before.executions, commits - before.commits, Map.copyOf(difference));
        }

        public Counts plus(Counts other) {
            Map<String, Long> sum = new HashMap<>(byStatement);
            other.byStatement.forEach((statement, count) -> sum.merge(statement, count, Long::sum));
            return new Counts(executions + other.executions, commits + other.commits, Map.copyOf(sum));
        }

        /** The statements run most often, most frequent first. */
        public List<Map.Entry<String, Long>> mostFrequent(int limit) {
            return byStatement.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .toList();
        }
    }
}
