package org.warmaid.support;

import java.util.Map;
import java.util.TreeMap;

/** Counts the answers of a corpus by status (from several threads) and prints the one-line summary the README quotes. */
public final class CorpusTally {

    private final String area;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private int calls;

    public CorpusTally(String area) {
        this.area = area;
    }

    public synchronized int record(int status) {
        calls++;
        byStatus.merge(status, 1, Integer::sum);
        return status;
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized Map<Integer, Integer> byStatus() {
        return new TreeMap<>(byStatus);
    }

    public synchronized void print(String held) {
        System.out.printf("[reliability] %s: %d calls, answers by status %s; %s%n", area, calls, byStatus, held);
    }
}
