package org.warmaid.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Processor time spent by this JVM and by the MariaDB server when it runs on the same machine.
 * Unlike elapsed time, it barely depends on what else the machine is doing, so it shows what a
 * side of a benchmark costs even on a busy machine.
 */
final class ProcessorTime {

    /** USER_HZ, the unit of /proc/PID/stat times: 100 on Linux for x86 and ARM. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Optional<Path> databaseStat;

    /** {@code databaseIsLocal}: whether the benchmark's database server runs on this machine. */
    ProcessorTime(boolean databaseIsLocal) {
        databaseStat = databaseIsLocal ? findDatabaseServer() : Optional.empty();
    }

    /**
     * {@code compilerNanos}: the part of the JVM's time spent by its JIT compiler threads, which
     * compile the code of whichever side runs (more of it the more code a side runs for the first
     * times); -1 where the threads cannot be read.
     */
    record Reading(long jvmNanos, long compilerNanos, long databaseNanos) {

        Reading since(Reading before) {
            return new Reading(jvmNanos - before.jvmNanos, difference(compilerNanos, before.compilerNanos),
                    difference(databaseNanos, before.databaseNanos));
        }

        Reading plus(Reading other) {
            return new Reading(jvmNanos + other.jvmNanos, sum(compilerNanos, other.compilerNanos),
                    sum(databaseNanos, other.databaseNanos));
        }

        private static long difference(long now, long before) {
            return now < 0 || before < 0 ? -1 : now - before;
        }

        private static long sum(long one, long other) {
            return one < 0 || other < 0 ? -1 : one + other;
        }
    }

    static final Reading NONE = new Reading(0, 0, 0);

    Reading now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new Reading(jvm, compilerThreadsNanos(), databaseStat.map(ProcessorTime::processNanos).orElse(-1L));
    }

    /**
     * The JIT compiler threads of this JVM ("C1 CompilerThre…", "C2 CompilerThre…" in
     * /proc/self/task). With a dynamic number of compiler threads one may end between two readings
     * and take its time with it, so the figure is a lower bound.
     */
    private static long compilerThreadsNanos() {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.filter(ProcessorTime::isCompilerThread).mapToLong(t -> processNanos(t.resolve("stat")))
                    .filter(nanos -> nanos >= 0).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre(?s).*");
        } catch (IOException e) {
            return false;
        }
    }

    boolean knowsDatabase() {
        return databaseStat.isPresent();
    }

    /** utime + stime of a process, fields 14 and 15 of /proc/PID/stat (after the command in parentheses). */
    private static long processNanos(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The local mariadbd with the most processor time (the shared server, not a test's own small one). */
    private static Optional<Path> findDatabaseServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals("mariadbd");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> p.resolve("stat"))
                    .max(java.util.Comparator.comparingLong(ProcessorTime::processNanos));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
