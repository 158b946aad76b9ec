package org.helpdesk.fileimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import: the uploaded file's shape, the mapping once chosen ({@code M}, the importing feature's own), and how far
 * the import got.
 */
public record ImportJob<M>(
        UUID id,
        String fileName,
        ImportFormat format,
        List<String> columns,
        int totalRows,
        Status status,
        @Nullable M mapping,
        int processedRows,
        int imported,
        int duplicates,
        int rejected,
        List<ImportProblem> problems,
        @Nullable String failure,
        String createdBy,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt) {

    public enum Status {
        /** Uploaded; waiting for a mapping and the go-ahead. */
        UPLOADED,
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    public ImportJob {
        columns = List.copyOf(columns);
        problems = List.copyOf(problems);
    }

    /** Per cent of rows processed, for a progress bar. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) Math.min(100, processedRows * 100L / totalRows);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** A row that was not imported, by its line in the file. */
    public record ImportProblem(int line, String problem) {}
}
