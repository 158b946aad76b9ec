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
        @Nullable Instant finishedAt) {

    public enum Status {
        RUNNING,
        DONE,
        /** It failed, or the instance running it went away. */
        FAILED
    }

    /** Rows written as a whole percentage of the planned rows; 100 when there is nothing to write. */
    public int percent() {
        return planned == 0 ? 100 : (int) Math.min(100, rowsDone * 100 / planned);
    }
}
