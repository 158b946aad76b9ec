package org.helpdesk.search;

/**
 * How the search index differs from PostgreSQL, the source of truth.
 *
 * @param databaseCount tickets in PostgreSQL
 * @param indexCount documents in the index
 * @param missing tickets absent from the index
 * @param stale tickets whose indexed version is older than the database's
 * @param orphaned index documents with no ticket behind them
 * @param repaired whether the differences were queued for repair (missing/stale) or removed (orphaned)
 */
public record DriftReport(
        long databaseCount, long indexCount, long missing, long stale, long orphaned, boolean repaired) {

    public boolean inSync() {
        return missing == 0 && stale == 0 && orphaned == 0;
    }
}
