package org.warmaid.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what one side of a benchmark asks of the database: JDBC executions (a batch counts once)
 * and commits. Unlike times, these counts do not depend on how busy the machine is.
 */
public final class StatementCounter {

    private final AtomicLong executions = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    public DataSource wrap(String name, DataSource dataSource) {
        return ProxyDataSourceBuilder.create(name, dataSource)
                .afterQuery((execution, queries) -> executions.incrementAndGet())
                .afterMethod(method -> {
                    if (method.getMethod().getName().equals("commit") && method.getTarget() instanceof java.sql.Connection) {
                        commits.incrementAndGet();
                    }
                })
                .build();
    }

    public Counts counts() {
        return new Counts(executions.get(), commits.get());
    }

    public record Counts(long executions, long commits) {

        public Counts since(Counts before) {
            return new Counts(executions - before.executions, commits - before.commits);
        }

        public Counts plus(Counts other) {
            return new Counts(executions + other.executions, commits + other.commits);
        }
    }
}
