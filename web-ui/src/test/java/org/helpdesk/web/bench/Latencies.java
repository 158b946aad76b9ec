package org.helpdesk.web.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations of one kind of request, thread-safe; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    synchronized void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Adds the other's durations and errors. */
    void addAll(Latencies other) {
        long[] theirs;
        long theirErrors;
        synchronized (other) {
            theirs = Arrays.copyOf(other.nanos, other.count);
            theirErrors = other.errors;
        }
        synchronized (this) {
            for (long n : theirs) {
                add(n);
            }
            errors += theirErrors;
        }
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized long errors() {
        return errors;
    }

    /** The {@code p}-th percentile in milliseconds (0 if nothing was measured). */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    String summary() {
        return String.format(
                Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms", percentileMs(50), percentileMs(95), percentileMs(99));
    }
}
