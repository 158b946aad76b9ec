package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.search.DriftReport;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares each index with its table in PostgreSQL in chunks (never everything in memory): rows missing from the
 * index or indexed at an older version are queued in the outbox again; documents with no row behind them are
 * removed. The last check's figures stay available ({@link #last()}) for the index drift meters.
 */
@Component
public class IndexDrift {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ElasticsearchClient client;
    private final IndexRebuild indices;
    private final Clock clock;
    private volatile @Nullable DriftReport last;

    IndexDrift(JdbcClient jdbc, ElasticsearchClient client, IndexRebuild indices, Clock clock) {
        this.jdbc = jdbc;
        this.client = client;
        this.indices = indices;
        this.clock = clock;
    }

    public DriftReport check(boolean repair) throws IOException {
        Map<String, DriftReport.Counts> counts = new HashMap<>();
        for (DocumentSource source : indices.sources()) {
            counts.put(source.entityType(), check(source, repair));
        }
        DriftReport report = DriftReport.of(counts.get("ticket"), counts.get("feedback"), repair);
        last = report;
        return report;
    }

    /** The figures of the last check this instance made, if any. */
    public Optional<DriftReport> last() {
        return Optional.ofNullable(last);
    }

    private DriftReport.Counts check(DocumentSource source, boolean repair) throws IOException {
        SearchIndex index = source.index();
        index.ensureExists();
        long databaseCount = jdbc.sql("select count(*) from " + source.table())
                .query(Long.class)
                .single();
        long indexCount = client.count(c -> c.index(index.alias())).count();
        long[] missingAndStale = compareDatabaseToIndex(source, repair);
        long orphaned = removeOrphans(source, repair);
        return new DriftReport.Counts(databaseCount, indexCount, missingAndStale[0], missingAndStale[1], orphaned);
    }

    private long[] compareDatabaseToIndex(DocumentSource source, boolean repair) throws IOException {
        long missing = 0;
        long stale = 0;
        UUID after = new UUID(0, 0); // the smallest UUID in PostgreSQL's (unsigned) order
        while (true) {
            Map<String, Long> versions = new HashMap<>();
            List<UUID> ids = new ArrayList<>();
            jdbc.sql("select id, " + source.versionSql() + " as version from " + source.table()
                            + " where id > ? order by id limit ?")
                    .params(after, CHUNK)
                    .query(rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        ids.add(id);
                        versions.put(id.toString(), rs.getLong("version"));
                    });
            if (ids.isEmpty()) {
                return new long[] {missing, stale};
            }
            Map<String, Long> indexed = indexedVersions(source.index(), versions.keySet());
            List<UUID> toRequeue = new ArrayList<>();
            for (UUID id : ids) {
                Long inIndex = indexed.get(id.toString());
                if (inIndex == null) {
                    missing++;
                    toRequeue.add(id);
                } else if (inIndex < versions.get(id.toString())) {
                    stale++;
                    toRequeue.add(id);
                }
            }
            if (repair) {
                requeue(source, toRequeue);
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private Map<String, Long> indexedVersions(SearchIndex index, Set<String> ids) throws IOException {
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        SearchResponse<Void> response = client.search(
                s -> s.index(index.alias())
                        .size(ids.size())
                        .source(src -> src.fetch(false))
                        .version(true)
                        .query(q -> q.terms(t -> t.field("id").terms(v -> v.value(values)))),
                Void.class);
        Map<String, Long> versions = new HashMap<>();
        for (Hit<Void> hit : response.hits().hits()) {
            versions.put(hit.id(), hit.version() == null ? 0L : hit.version());
        }
        return versions;
    }

    private long removeOrphans(DocumentSource source, boolean repair) throws IOException {
        SearchIndex index = source.index();
        long orphaned = 0;
        @Nullable FieldValue after = null;
        while (true) {
            List<Hit<Void>> hits = indexedDocuments(index, after);
            if (hits.isEmpty()) {
                return orphaned;
            }
            List<String> ids = hits.stream().map(Hit::id).toList();
            Set<String> existing =
                    new HashSet<>(jdbc.sql("select id::text from " + source.table() + " where id = any(?)")
                            .param(ids.stream().map(UUID::fromString).toArray(UUID[]::new))
                            .query(String.class)
                            .list());
            List<String> orphans =
                    ids.stream().filter(id -> !existing.contains(id)).toList();
            orphaned += orphans.size();
            if (repair && !orphans.isEmpty()) {
                client.bulk(b -> {
                    orphans.forEach(id -> b.operations(
                            op -> op.delete(d -> d.index(index.alias()).id(id))));
                    return b;
                });
            }
            // The sort value, not the _id: a foreign document's id field may differ from its _id.
            after = hits.get(hits.size() - 1).sort().get(0);
        }
    }

    private List<Hit<Void>> indexedDocuments(SearchIndex index, @Nullable FieldValue after) throws IOException {
        SearchResponse<Void> response = client.search(
                s -> {
                    s.index(index.alias())
                            .size(CHUNK)
                            .source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    return after == null ? s : s.searchAfter(after);
                },
                Void.class);
        return response.hits().hits();
    }

    private void requeue(DocumentSource source, List<UUID> ids) {
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID id : ids) {
            jdbc.sql(
                            "insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at) values (?, ?, ?, ?)")
                    .params(source.entityType(), id, now, now)
                    .update();
        }
    }
}
