package org.helpdesk.search;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An export running in the background for the search page, and how far it got.
 *
 * @param search the search page's query string the export was started with
 * @param total tickets matching when it started
 * @param planned rows it will hold (the total, or the cap)
 * @param rowsDone rows written so far
 * @param failure why it failed, when it did
 */
public record ExportJob(
        UUID id,
        String owner,
        ExportFormat format,
        String search,
        Status status,
        long total,
        long planned,
        long rowsDone,
        boolean truncated,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable Failure failure) {

    public enum Status {
        /** Writing, or waiting for its turn on the instance that took it. */
        RUNNING,
        DONE,
        /** It failed, or the instance running it went away; {@link #failure()} says which. */
        FAILED
    }

    /** Why an export failed. */
    public enum Failure {
        /** Writing the file went wrong (the index or the database answered with an error). */
        ERROR,
        /**
         * Nothing kept it alive for {@code helpdesk.search.export.abandoned-after}: the instance that took it stopped
         * (or its worker died) before the file was done.
         */
        ABANDONED
    }

    /** Rows written as a whole percentage of the planned rows; 100 when there is nothing to write. */
    public int percent() {
        return planned == 0 ? 100 : (int) Math.min(100, rowsDone * 100 / planned);
    }
}
