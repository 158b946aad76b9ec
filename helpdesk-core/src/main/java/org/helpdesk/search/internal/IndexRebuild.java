package org.helpdesk.search.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.search.ReindexAlreadyRunningException;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchProperties;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from PostgreSQL without downtime: a new index generation is created and
 * backfilled while searches keep using the old one (and the outbox writes to both), then the alias
 * moves to the new index in one atomic step and the old one is dropped.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final JdbcClient jdbc;
    private final TicketIndex index;
    private final TicketIndexWriter writer;
    private final Tickets tickets;
    private final SearchProperties.Reindex settings;
    private final Clock clock;

    IndexRebuild(
            JdbcClient jdbc,
            TicketIndex index,
            TicketIndexWriter writer,
            Tickets tickets,
            SearchProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.writer = writer;
        this.tickets = tickets;
        this.settings = properties.reindex();
        this.clock = clock;
    }

    /** Registers a new run (failing if one is running) and creates its target index. */
    public ReindexRun begin(String actor) {
        abandonStaleRuns();
        try {
            index.ensureExists();
            Optional<String> source = index.aliasTarget();
            Instant now = clock.instant();
            String target = index.generationName(now);
            long id = jdbc.sql("""
                            insert into search_reindex (source_index, target_index, status, total, started_at,
                                                        heartbeat_at, started_by)
                            values (?, ?, 'RUNNING', (select count(*) from ticket), ?, ?, ?) returning id""")
                    .params(source.orElse(null), target, Timestamp.from(now), Timestamp.from(now), actor)
                    .query(Long.class)
                    .single();
            index.create(target, false);
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ReindexAlreadyRunningException();
        } catch (IOException e) {
            throw new org.helpdesk.search.SearchUnavailableException("Cannot start the rebuild", e);
        }
    }

    /** Backfills the run's target index and swaps the alias; records failure instead of throwing. */
    public ReindexRun complete(ReindexRun run) {
        try {
            backfill(run);
            index.swap(Optional.ofNullable(run.sourceIndex()), run.targetIndex());
            finish(run.id(), "COMPLETED", null);
            if (run.sourceIndex() != null) {
                index.delete(run.sourceIndex());
            }
            log.info("Search index rebuilt into {}", run.targetIndex());
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild {} failed", run.id(), e);
            finish(run.id(), "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            deleteQuietly(run.targetIndex());
        }
        return find(run.id()).orElseThrow();
    }

    public Optional<ReindexRun> latest() {
        return jdbc.sql("select * from search_reindex order by id desc limit 1")
                .query(IndexRebuild::map)
                .optional();
    }

    private void backfill(ReindexRun run) throws IOException {
        UUID after = new UUID(0, 0); // the smallest UUID in PostgreSQL's (unsigned) order
        long processed = 0;
        long startedNanos = System.nanoTime();
        while (true) {
            List<UUID> ids = jdbc.sql("select id from ticket where id > ? order by id limit ?")
                    .params(after, settings.batchSize())
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) {
                return;
            }
            Map<String, String> failures =
                    writer.write(tickets.findAll(ids.stream().map(TicketId::new).toList()), List.of(run.targetIndex()));
            if (!failures.isEmpty()) {
                throw new IllegalStateException(
                        "Indexing failed: " + failures.values().iterator().next());
            }
            processed += ids.size();
            after = ids.get(ids.size() - 1);
            progress(run.id(), processed);
            throttle(processed, startedNanos);
        }
    }

    private void throttle(long processed, long startedNanos) {
        if (settings.maxPerSecond() <= 0) {
            return;
        }
        long dueNanos = processed * 1_000_000_000L / settings.maxPerSecond();
        long aheadMillis = (dueNanos - (System.nanoTime() - startedNanos)) / 1_000_000;
        if (aheadMillis > 0) {
            try {
                Thread.sleep(aheadMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Rebuild interrupted", e);
            }
        }
    }

    private void progress(long id, long processed) {
        jdbc.sql("update search_reindex set processed = ?, heartbeat_at = ? where id = ?")
                .params(processed, Timestamp.from(clock.instant()), id)
                .update();
    }

    private void finish(long id, String status, @Nullable String error) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update search_reindex set status = ?, error = ?, finished_at = ?, heartbeat_at = ? where id = ?")
                .params(status, error, now, now, id)
                .update();
    }

    /** A run whose instance died keeps its RUNNING row; without this no rebuild could ever start again. */
    private void abandonStaleRuns() {
        Instant staleBefore = clock.instant().minus(settings.abandonedAfter());
        jdbc.sql("""
                        update search_reindex set status = 'FAILED', error = 'abandoned: no progress', finished_at = ?
                         where status = 'RUNNING' and heartbeat_at < ?""")
                .params(Timestamp.from(clock.instant()), Timestamp.from(staleBefore))
                .update();
    }

    private Optional<ReindexRun> find(long id) {
        return jdbc.sql("select * from search_reindex where id = ?")
                .param(id)
                .query(IndexRebuild::map)
                .optional();
    }

    private void deleteQuietly(String target) {
        try {
            index.delete(target);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the unfinished index {}: {}", target, e.getMessage());
        }
    }

    private static ReindexRun map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReindexRun(
                rs.getLong("id"),
                rs.getString("source_index"),
                rs.getString("target_index"),
                rs.getString("status"),
                rs.getLong("total"),
                rs.getLong("processed"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("started_by"),
                rs.getString("error"));
    }
}
