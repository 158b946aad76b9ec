package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.search.SearchProperties;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the search outbox into Elasticsearch. Rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so any number of app instances can run this side by side; each document is written with the
 * ticket's version as an external version, so a retried or out-of-order write never replaces newer
 * data. A failed row is retried with exponential backoff and deleted only once it is indexed.
 */
@Component
class OutboxIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ElasticsearchClient client;
    private final TicketIndex index;
    private final Tickets tickets;
    private final SearchProperties.Outbox settings;
    private final Clock clock;
    private @Nullable ScheduledExecutorService executor;

    OutboxIndexer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ElasticsearchClient client,
            TicketIndex index,
            Tickets tickets,
            SearchProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.client = client;
        this.index = index;
        this.tickets = tickets;
        this.settings = properties.outbox();
        this.clock = clock;
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
                        select id, entity_id from search_outbox
                         where next_attempt_at <= ? order by id limit ? for update skip locked""")
                .params(Timestamp.from(clock.instant()), settings.batchSize())
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getObject("entity_id", UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, String> failures = new HashMap<>();
        try {
            index.ensureExists();
            failures.putAll(index(rows));
        } catch (Exception e) {
            rows.forEach(row -> failures.put(row.id(), describe(e)));
        }
        complete(rows, failures);
        return failures.size() == rows.size() ? -1 : rows.size() - failures.size();
    }

    private Map<Long, String> index(List<OutboxRow> rows) throws java.io.IOException {
        List<TicketId> ids =
                rows.stream().map(r -> new TicketId(r.entityId())).distinct().toList();
        Map<UUID, Ticket> found = new HashMap<>();
        tickets.findAll(ids).forEach(t -> found.put(t.id().value(), t));
        if (found.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Ticket ticket : found.values()) {
            bulk.operations(op -> op.index(doc -> doc.index(index.alias())
                    .id(ticket.id().toString())
                    .version(ticket.version())
                    .versionType(VersionType.External)
                    .document(TicketDocument.of(ticket))));
        }
        BulkResponse response = client.bulk(bulk.build());
        Map<String, String> failedDocs = new HashMap<>();
        for (BulkResponseItem item : response.items()) {
            // 409: the index already holds this version or a newer one, which is success for us.
            if (item.error() != null && item.status() != 409) {
                failedDocs.put(
                        item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
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

    private record OutboxRow(long id, UUID entityId) {}
}
