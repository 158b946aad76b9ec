package org.helpdesk.search;

/**
 * How the search indices differ from PostgreSQL, the source of truth. The top-level figures are the ticket index's;
 * {@code feedback} has the same figures for the feedback index.
 *
 * @param databaseCount tickets in PostgreSQL
 * @param indexCount documents in the index
 * @param missing tickets absent from the index
 * @param stale tickets whose indexed version is older than the database's
 * @param orphaned index documents with no ticket behind them
 * @param repaired whether the differences were queued for repair (missing/stale) or removed (orphaned)
 * @param feedback the feedback index's figures
 */
public record DriftReport(
        long databaseCount,
        long indexCount,
        long missing,
        long stale,
        long orphaned,
        boolean repaired,
        Counts feedback) {

    public static DriftReport of(Counts tickets, Counts feedback, boolean repaired) {
        return new DriftReport(
                tickets.databaseCount(),
                tickets.indexCount(),
                tickets.missing(),
                tickets.stale(),
                tickets.orphaned(),
                repaired,
                feedback);
    }

    /** Both indices agree with PostgreSQL. */
    public boolean inSync() {
        return missing == 0 && stale == 0 && orphaned == 0 && feedback.inSync();
    }

    /** The figures of one index: rows in PostgreSQL, documents, and the three kinds of difference. */
    public record Counts(long databaseCount, long indexCount, long missing, long stale, long orphaned) {

        public boolean inSync() {
            return missing == 0 && stale == 0 && orphaned == 0;
        }
    }
}
