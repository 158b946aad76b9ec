package org.helpdesk.web.it;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ticket documents written straight into the search index (as the indexer would write them), for tests
 * of the query side that need exact data or many thousands of hits. They have no ticket in PostgreSQL,
 * so {@link #close()} removes them again: the drift check would rightly call them orphans.
 */
final class IndexedDocuments implements AutoCloseable {

    private static final AtomicLong NUMBERS = new AtomicLong(800_000_000L + (System.nanoTime() % 1_000_000) * 100);
    private static final String ALIAS = "helpdesk-tickets";
    private static final int CHUNK = 2000;
    private static final int BULK_ATTEMPTS = 3;

    private final ElasticsearchClient client;
    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Object>> pending = new ArrayList<>();

    IndexedDocuments(ElasticsearchClient client) {
        this.client = client;
        awaitTheIndex();
    }

    /**
     * Waits until the application has created the index behind the alias: it does so in the background once it has
     * started, and a class that writes documents first thing in a fresh JVM can be faster. A write to the alias's
     * name before would create a plain index of that name with guessed mappings (text instead of keywords: every
     * filter on status and the like finds nothing) and keep the application from creating its own; so the bulk
     * requests below also insist on the alias.
     */
    private void awaitTheIndex() {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> client.indices().existsAlias(a -> a.name(ALIAS)).value());
    }

    /** A document with sensible defaults, changed by {@code fields}; returns its ticket number. */
    long add(String subject, Instant createdAt, Map<String, Object> fields) {
        long number = NUMBERS.incrementAndGet();
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", UUID.randomUUID().toString());
        doc.put("number", number);
        doc.put("subject", subject);
        doc.put("description", "synthetic ticket");
        doc.put("messages", List.of());
        doc.put("status", "OPEN");
        doc.put("priority", "NORMAL");
        doc.put("channel", "WEB");
        doc.put("type", "QUESTION");
        doc.put("customerEmail", "synthetic@example.com");
        doc.put("slaBreached", false);
        doc.put("escalated", false);
        doc.put("repeatContact", false);
        doc.put("reopened", false);
        doc.put("createdAt", createdAt.toString());
        doc.put("updatedAt", createdAt.toString());
        doc.putAll(fields);
        pending.add(doc);
        if (pending.size() >= CHUNK) {
            write(false);
        }
        return number;
    }

    /** Writes what is pending and makes everything searchable. */
    void flush() {
        write(true);
    }

    private void write(boolean refresh) {
        try {
            if (!pending.isEmpty()) {
                BulkResponse response = bulk();
                if (response.errors()) {
                    throw new IllegalStateException("bulk failed: "
                            + response.items().stream()
                                    .filter(i -> i.error() != null)
                                    .findFirst()
                                    .map(i -> i.error().reason())
                                    .orElse("?"));
                }
                pending.forEach(doc -> ids.add((String) doc.get("id")));
                pending.clear();
            }
            if (refresh) {
                client.indices().refresh(r -> r.index(ALIAS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pending documents in one bulk request, sent again when the answer takes longer than the client waits: a
     * cold index on a loaded machine can take that long for the first thousands of documents, and writing the same
     * documents under the same ids again changes nothing.
     */
    private BulkResponse bulk() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.bulk(b -> {
                    pending.forEach(doc -> b.operations(op -> op.index(
                            i -> i.index(ALIAS).id((String) doc.get("id")).document(doc))));
                    return b.requireAlias(true);
                });
            } catch (SocketTimeoutException e) {
                if (attempt == BULK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                client.bulk(b -> {
                    chunk.forEach(id ->
                            b.operations(op -> op.delete(d -> d.index(ALIAS).id(id))));
                    return b.refresh(Refresh.True);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
