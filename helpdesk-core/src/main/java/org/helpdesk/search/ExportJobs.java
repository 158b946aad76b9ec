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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Service;

/**
 * Exports that run in the background so the search page can show their progress. The file is written to a
 * temporary file and then kept in PostgreSQL ({@code search_export.content}), not on this instance's disk: behind
 * a load balancer, the progress page and the download may reach another instance. Files are at most
 * {@code max-rows} rows (tens of megabytes at the default) and are removed after {@code keep-for}.
 *
 * <p>At most {@value #WORKERS} exports are written at once per instance; more wait their turn. Every export the
 * instance holds, writing or waiting, gets a heartbeat from a thread of its own every quarter of
 * {@code abandoned-after} (besides the progress after every page), however long a page, the wait or the final store
 * takes. So an export is shown as failed ({@link ExportJob.Failure#ABANDONED}) only when nothing kept it alive for
 * {@code abandoned-after}: its instance died or its worker was lost.
 */
@Service
public class ExportJobs {

    static final int WORKERS = 2;
    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    private static final String COLUMNS = "id, owner, format, search, status, total, planned, rows_done, truncated, "
            + "created_at, heartbeat_at, finished_at";

    /** Writes an export's rows to a stream, telling the rows written so far: {@link TicketExport#write}. */
    @FunctionalInterface
    interface Writer {
        long write(ExportPlan plan, ExportFormat format, OutputStream out, LongConsumer progress);
    }

    private final Writer writer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration abandonedAfter;
    /** The exports this instance took and has not finished: waiting for a worker or being written. */
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("search-export"));
    /** Heartbeats and clean-up, never queued behind the exports themselves. */
    private final ScheduledExecutorService housekeeping =
            Executors.newSingleThreadScheduledExecutor(daemon("search-export-heartbeat"));

    @Autowired
    ExportJobs(TicketExport export, JdbcClient jdbc, Clock clock, SearchProperties properties) {
        this(export::write, jdbc, clock, properties.export());
    }

    ExportJobs(Writer writer, JdbcClient jdbc, Clock clock, SearchProperties.Export settings) {
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = settings.keepFor();
        this.abandonedAfter = settings.abandonedAfter();
        long beat = settings.heartbeatEvery().toMillis();
        housekeeping.scheduleWithFixedDelay(this::heartbeatQuietly, beat, beat, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::removeExpiredQuietly, 1, 60, TimeUnit.MINUTES);
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
        held.add(id);
        try {
            workers.execute(() -> run(id, plan, format));
        } catch (RejectedExecutionException e) {
            held.remove(id);
            failed(id, e);
        }
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

    /**
     * Confirms that the exports this instance holds are alive, waiting or writing; returns how many rows it touched.
     */
    int heartbeat() {
        if (held.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update search_export set heartbeat_at = :now where status = 'RUNNING' and id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", List.copyOf(held))
                .update();
    }

    private void run(UUID id, ExportPlan plan, ExportFormat format) {
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("search-export-", "." + format.extension());
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                rows = writer.write(plan, format, out, done -> progress(id, done));
            }
            store(id, rows, file);
        } catch (IOException | RuntimeException e) {
            failed(id, e);
        } finally {
            // Whatever ended the run, even an Error, this instance stops vouching for the export.
            held.remove(id);
            deleteQuietly(file);
        }
    }

    private void failed(UUID id, Exception e) {
        log.warn("Search export {} failed: {}", id, e.toString(), e);
        jdbc.sql("update search_export set status = 'FAILED', finished_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
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
        ExportJob.@Nullable Failure failure = status == ExportJob.Status.FAILED ? ExportJob.Failure.ERROR : null;
        Instant heartbeat = rs.getTimestamp("heartbeat_at").toInstant();
        if (status == ExportJob.Status.RUNNING
                && heartbeat.isBefore(clock.instant().minus(abandonedAfter))) {
            status = ExportJob.Status.FAILED;
            failure = ExportJob.Failure.ABANDONED;
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
                finished == null ? null : finished.toInstant(),
                failure);
    }

    private void heartbeatQuietly() {
        try {
            heartbeat();
        } catch (RuntimeException e) {
            log.warn("The heartbeat of search exports failed: {}", e.toString());
        }
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

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops the heartbeats and interrupts the exports; one that could not record its failure (or never started) is
     * shown as abandoned once {@code abandoned-after} has passed.
     */
    @PreDestroy
    void stop() {
        housekeeping.shutdownNow();
        workers.shutdownNow();
    }
}
