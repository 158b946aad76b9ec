package org.helpdesk.search;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Service;

/**
 * Exports that run in the background so the search page can show their progress. The file is written to a
 * temporary file and then kept in PostgreSQL ({@code search_export.content}), not on this instance's disk: behind
 * a load balancer, the progress page and the download may reach another instance. Files are at most
 * {@code max-rows} rows (tens of megabytes at the default) and are removed after {@code keep-for}; a job whose
 * instance died stops sending heartbeats and is shown as failed.
 */
@Service
public class ExportJobs {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final String COLUMNS = "id, owner, format, search, status, total, planned, rows_done, truncated, "
            + "created_at, heartbeat_at, finished_at";

    private final TicketExport export;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "search-export");
        thread.setDaemon(true);
        return thread;
    });

    ExportJobs(TicketExport export, JdbcClient jdbc, Clock clock, SearchProperties properties) {
        this.export = export;
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = properties.export().keepFor();
        background.scheduleWithFixedDelay(this::removeExpiredQuietly, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Registers the export as {@code id} and starts writing it in the background; {@code search} is kept for the
     * record. The caller picks the id (a random UUID) so it can record the export before it starts.
     */
    public ExportJob start(UUID id, String owner, ExportPlan plan, ExportFormat format, String search) {
        removeExpired();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into search_export (id, owner, format, search, status, total, planned, truncated,
                                                   created_at, heartbeat_at)
                        values (?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(id, owner, format.name(), search, plan.total(), plan.rows(), plan.truncated(), now, now)
                .update();
        background.execute(() -> run(id, plan, format));
        return find(id, owner).orElseThrow();
    }

    /** The caller's own export; someone else's is as absent as a missing one. */
    public Optional<ExportJob> find(UUID id, String owner) {
        return jdbc.sql("select " + COLUMNS + " from search_export where id = ? and owner = ?")
                .params(id, owner)
                .query(this::job)
                .optional();
    }

    /** The finished file of the caller's own export, if it is done. */
    public Optional<byte[]> file(UUID id, String owner) {
        return jdbc.sql("select content from search_export where id = ? and owner = ? and status = 'DONE'")
                .params(id, owner)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Removes exports older than {@code keep-for}, finished or not; returns how many. */
    public int removeExpired() {
        return jdbc.sql("delete from search_export where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(keepFor)))
                .update();
    }

    private void run(UUID id, ExportPlan plan, ExportFormat format) {
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("search-export-", "." + format.extension());
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                rows = export.write(plan, format, out, done -> progress(id, done));
            }
            store(id, rows, file);
        } catch (IOException | RuntimeException e) {
            log.warn("Search export {} failed: {}", id, e.toString(), e);
            jdbc.sql("update search_export set status = 'FAILED', finished_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
        } finally {
            deleteQuietly(file);
        }
    }

    private void progress(UUID id, long done) {
        jdbc.sql("update search_export set rows_done = ?, heartbeat_at = ? where id = ?")
                .params(done, Timestamp.from(clock.instant()), id)
                .update();
    }

    private void store(UUID id, long rows, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                            update search_export
                               set status = 'DONE', rows_done = :rows, content = :content,
                                   heartbeat_at = :now, finished_at = :now
                             where id = :id""")
                    .param("rows", rows)
                    .param("content", new SqlBinaryValue(in, Files.size(file)))
                    .param("now", now)
                    .param("id", id)
                    .update();
        }
    }

    private ExportJob job(ResultSet rs, int row) throws SQLException {
        ExportJob.Status status = ExportJob.Status.valueOf(rs.getString("status"));
        Instant heartbeat = rs.getTimestamp("heartbeat_at").toInstant();
        if (status == ExportJob.Status.RUNNING
                && heartbeat.isBefore(clock.instant().minus(ABANDONED_AFTER))) {
            status = ExportJob.Status.FAILED;
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExportJob(
                rs.getObject("id", UUID.class),
                rs.getString("owner"),
                ExportFormat.valueOf(rs.getString("format")),
                rs.getString("search"),
                status,
                rs.getLong("total"),
                rs.getLong("planned"),
                rs.getLong("rows_done"),
                rs.getBoolean("truncated"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private void removeExpiredQuietly() {
        try {
            removeExpired();
        } catch (RuntimeException e) {
            log.warn("Removing expired search exports failed: {}", e.toString());
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Cannot delete the temporary export file {}: {}", file, e.toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
