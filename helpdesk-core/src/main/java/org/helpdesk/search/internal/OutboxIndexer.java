package org.helpdesk.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.search.SearchProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the search outbox into Elasticsearch: rows of each entity type (ticket, feedback) go to that type's
 * {@link DocumentSource}. Rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so any number of app instances can run this side by side; each document is written with the
 * row's version as an external version, so a retried or out-of-order write never replaces newer
 * data. A failed row is retried with exponential backoff and deleted only once it is indexed. The rows this instance
 * indexed are counted in {@value #INDEXED} (tag {@code entity}).
 */
@Component
class OutboxIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);
    static final String INDEXED = "helpdesk.search.outbox.indexed";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, DocumentSource> sources = new HashMap<>();
    private final MappingUpgrade upgrade;
    private final SearchProperties.Outbox settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private @Nullable ScheduledExecutorService executor;

    OutboxIndexer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            List<DocumentSource> sources,
            MappingUpgrade upgrade,
            SearchProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        sources.forEach(source -> this.sources.put(source.entityType(), source));
        this.upgrade = upgrade;
        this.settings = properties.outbox();
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.sources.keySet().forEach(type -> this.meters.counter(INDEXED, "entity", type));
    }

    /** Indexes everything that is due now; returns how many outbox rows were indexed. */
    int drain() {
        int indexed = 0;
        while (true) {
            Integer round = transactions.execute(status -> drainBatch());
            int done = round == null ? 0 : round;
            indexed += Math.max(done, 0);
            if (done < settings.batchSize()) {
                return indexed;
            }
        }
    }

    private int drainBatch() {
        List<OutboxRow> rows = jdbc.sql("""
                        select id, entity_type, entity_id from search_outbox
                         where next_attempt_at <= ? order by id limit ? for update skip locked""")
                .params(Timestamp.from(clock.instant()), settings.batchSize())
                .query((rs, n) -> new OutboxRow(
                        rs.getLong("id"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, String> failures = new HashMap<>();
        Map<String, List<OutboxRow>> byType = new HashMap<>();
        rows.forEach(row ->
                byType.computeIfAbsent(row.entityType(), t -> new ArrayList<>()).add(row));
        byType.forEach((type, ofType) -> {
            DocumentSource source = sources.get(type);
            if (source == null) {
                ofType.forEach(row -> failures.put(row.id(), "no index for entity type " + type));
                return;
            }
            try {
                source.index().ensureExists();
                failures.putAll(index(source, ofType));
            } catch (Exception e) {
                ofType.forEach(row -> failures.put(row.id(), describe(e)));
            }
        });
        complete(rows, failures);
        return failures.size() == rows.size() ? -1 : rows.size() - failures.size();
    }

    private Map<Long, String> index(DocumentSource source, List<OutboxRow> rows) throws java.io.IOException {
        List<UUID> ids = rows.stream().map(OutboxRow::entityId).distinct().toList();
        // Read after claiming the rows: a reindex that started before this point also gets these changes.
        List<String> targets = new ArrayList<>();
        targets.add(source.index().alias());
        targets.addAll(jdbc.sql("select target_index from search_reindex where status = 'RUNNING' and entity_type = ?")
                .param(source.entityType())
                .query(String.class)
                .list());
        Map<String, String> failedDocs = source.write(ids, targets);
        Map<Long, String> failures = new HashMap<>();
        for (OutboxRow row : rows) {
            String failure = failedDocs.get(row.entityId().toString());
            if (failure != null) {
                failures.put(row.id(), failure);
            }
        }
        return failures;
    }

    private void complete(List<OutboxRow> rows, Map<Long, String> failures) {
        Long[] done = rows.stream()
                .map(OutboxRow::id)
                .filter(id -> !failures.containsKey(id))
                .toArray(Long[]::new);
        if (done.length > 0) {
            jdbc.sql("delete from search_outbox where id = any(?)").param(done).update();
        }
        rows.stream()
                .filter(row -> !failures.containsKey(row.id()))
                .forEach(row ->
                        meters.counter(INDEXED, "entity", row.entityType()).increment());
        failures.forEach((id, error) -> jdbc.sql("""
                        update search_outbox
                           set attempts = attempts + 1, last_error = ?,
                               next_attempt_at = cast(? as timestamptz)
                                   + least(cast(? as bigint), cast(? as bigint) * power(2, least(attempts, 30)))
                                     * interval '1 millisecond'
                         where id = ?""")
                .params(
                        truncate(error),
                        Timestamp.from(clock.instant()),
                        settings.maxRetry().toMillis(),
                        settings.firstRetry().toMillis(),
                        id)
                .update());
        if (!failures.isEmpty()) {
            log.warn(
                    "Search indexing failed for {} of {} changes; will retry: {}",
                    failures.size(),
                    rows.size(),
                    failures.values().iterator().next());
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-outbox");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::drainQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        try {
            upgrade.checkOnce();
            drain();
        } catch (RuntimeException e) {
            // Typically the database is unavailable; the next round tries again.
            log.warn("Search outbox round failed: {}", describe(e), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private record OutboxRow(long id, String entityType, UUID entityId) {}
}
