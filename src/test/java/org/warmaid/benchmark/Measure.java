package org.warmaid.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Heap, resident memory and latency figures for the benchmarks. */
final class Measure {

    private Measure() {
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }

    /** A comma-separated list of whole numbers, such as {@code -Dbench.openRates=10,20,40}. */
    static List<Integer> intListProperty(String name, List<Integer> fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback
                : Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    static String fmt(double value) {
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }

    static double perSecond(long count, long nanos) {
        return count * 1e9 / nanos;
    }

    /** The value at quantile q (0..1) of the sorted latencies, in milliseconds. */
    static double quantileMs(long[] sortedNanos, double q) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    static long[] sorted(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }

    /** kB value of a line of /proc/self/status (VmRSS, VmHWM), or -1 off Linux. */
    static long procStatusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    /** Samples used heap and resident memory every 100 ms while a phase runs, keeping the peaks. */
    static final class Sampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakHeapBytes;
        private volatile long peakRssKb;

        Sampler() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakHeapBytes = Math.max(peakHeapBytes, used);
            peakRssKb = Math.max(peakRssKb, procStatusKb("VmRSS"));
        }

        /** The largest used heap seen by the sampler. */
        long peakHeapMb() {
            return peakHeapBytes / (1024 * 1024);
        }

        /** The heap pools' own peak counters summed: an upper bound (each pool peaks at its own moment). */
        long poolPeakSumMb() {
            return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        }

        long peakRssMb() {
            return peakRssKb / 1024;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }
    }
}
