package org.helpdesk.search.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.search.ReindexAlreadyRunningException;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search indices from PostgreSQL without downtime: a new index generation is created and
 * backfilled while searches keep using the old one (and the outbox writes to both), then the alias
 * moves to the new index in one atomic step and the old one is dropped. Each index ({@link DocumentSource}) is
 * rebuilt by a run of its own, one at a time: tickets first, then feedback.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final JdbcClient jdbc;
    private final List<DocumentSource> sources;
    private final SearchProperties.Reindex settings;
    private final Clock clock;

    IndexRebuild(JdbcClient jdbc, List<DocumentSource> sources, SearchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources.stream()
                .sorted(Comparator.comparing(s -> !"ticket".equals(s.entityType())))
                .toList();
        this.settings = properties.reindex();
        this.clock = clock;
    }

    /** The indices in the order a full rebuild takes them: tickets first. */
    List<DocumentSource> sources() {
        return sources;
    }

    /** Registers a new run of the ticket index (failing if a run is running) and creates its target index. */
    public ReindexRun begin(String actor) {
        return begin(actor, sources.get(0));
    }

    /**
     * Completes {@code first} (a run of the first index), then rebuilds every other index the same way; returns all
     * runs in that order. A run already running elsewhere makes the rest wait for no one: they are skipped.
     */
    public List<ReindexRun> completeAll(ReindexRun first, String actor) {
        List<ReindexRun> runs = new ArrayList<>();
        runs.add(complete(first));
        for (DocumentSource source : sources.subList(1, sources.size())) {
            try {
                runs.add(complete(begin(actor, source)));
            } catch (ReindexAlreadyRunningException e) {
                log.warn("Rebuild of the {} index skipped: another rebuild is running", source.entityType());
            }
        }
        return runs;
    }

    /** Registers a new run of {@code source}'s index (failing if any run is running) and creates its target index. */
    ReindexRun begin(String actor, DocumentSource source) {
        abandonStaleRuns();
        SearchIndex index = source.index();
        try {
            index.ensureExists();
            Optional<String> current = index.aliasTarget();
            Instant now = clock.instant();
            String target = index.generationName(now);
            // The index exists, with our mapping, before the run is visible: from then on the outbox writes concurrent
            // changes into it by name, and a write to a missing index would create one with a guessed mapping.
            if (!index.createIfAbsent(target, false)) {
                throw new ReindexAlreadyRunningException();
            }
            long id;
            try {
                id = insertRun(source, current, target, now, actor);
            } catch (DuplicateKeyException e) {
                index.delete(target);
                throw e;
            }
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ReindexAlreadyRunningException();
        } catch (IOException e) {
            throw new org.helpdesk.search.SearchUnavailableException("Cannot start the rebuild", e);
        }
    }

    private long insertRun(DocumentSource source, Optional<String> current, String target, Instant now, String actor) {
        return jdbc.sql("""
                            insert into search_reindex (source_index, target_index, status, total, started_at,
                                                        heartbeat_at, started_by, entity_type)
                            values (?, ?, 'RUNNING', (select count(*) from %s), ?, ?, ?, ?) returning id""".formatted(source.table()))
                .params(
                        current.orElse(null),
                        target,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        actor,
                        source.entityType())
                .query(Long.class)
                .single();
    }

    /** Backfills the run's target index and swaps the alias; records failure instead of throwing. */
    public ReindexRun complete(ReindexRun run) {
        DocumentSource source = source(run.entityType());
        SearchIndex index = source.index();
        try {
            backfill(run, source);
            index.swap(Optional.ofNullable(run.sourceIndex()), run.targetIndex());
            finish(run.id(), "COMPLETED", null);
            if (run.sourceIndex() != null) {
                index.delete(run.sourceIndex());
            }
            log.info("Search index rebuilt into {}", run.targetIndex());
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild {} failed", run.id(), e);
            finish(run.id(), "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            deleteQuietly(index, run.targetIndex());
        }
        return find(run.id()).orElseThrow();
    }

    private DocumentSource source(String entityType) {
        return sources.stream()
                .filter(s -> s.entityType().equals(entityType))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No index for " + entityType));
    }

    public Optional<ReindexRun> latest() {
        return jdbc.sql("select * from search_reindex order by id desc limit 1")
                .query(IndexRebuild::map)
                .optional();
    }

    private void backfill(ReindexRun run, DocumentSource source) throws IOException {
        UUID after = new UUID(0, 0); // the smallest UUID in PostgreSQL's (unsigned) order
        long processed = 0;
        long startedNanos = System.nanoTime();
        while (true) {
            List<UUID> ids = jdbc.sql("select id from " + source.table() + " where id > ? order by id limit ?")
                    .params(after, settings.batchSize())
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) {
                return;
            }
            Map<String, String> failures = source.write(ids, List.of(run.targetIndex()));
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

    private void deleteQuietly(SearchIndex index, String target) {
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
                rs.getString("error"),
                rs.getString("entity_type"));
    }
}
