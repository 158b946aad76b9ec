package org.helpdesk.generate;

import java.time.Duration;
import java.util.Map;

/**
 * What a run wrote.
 *
 * @param rows rows per table, in the order they were written ({@code search_outbox} counts the generator's rows and
 *     those the feedback trigger added)
 * @param took from the first row to the commit
 */
public record GenerationResult(Map<String, Long> rows, Duration took) {

    public GenerationResult {
        rows = Map.copyOf(rows);
    }

    public long tickets() {
        return rows.getOrDefault("ticket", 0L);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        return totalRows() / Math.max(1e-9, took.toNanos() / 1e9);
    }
}
