package org.helpdesk.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One full rebuild of one search index from PostgreSQL, with its progress; {@code entityType} names the index's
 * documents: {@code ticket} or {@code feedback}.
 */
public record ReindexRun(
        long id,
        @Nullable String sourceIndex,
        String targetIndex,
        String status,
        long total,
        long processed,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String startedBy,
        @Nullable String error,
        String entityType) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Progress in percent, 0–100. */
    public int percent() {
        return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
    }
}
