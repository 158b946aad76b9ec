package org.helpdesk.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search feature ({@code helpdesk.search.*}).
 *
 * @param uris Elasticsearch nodes, e.g. {@code https://es1:9200,https://es2:9200}
 * @param username basic-auth user, or empty
 * @param password basic-auth password, or empty
 * @param apiKey an encoded API key (takes precedence over basic auth), or empty
 * @param indexPrefix prefix of every index and alias this installation owns
 * @param connectTimeout how long to wait for a connection to a node
 * @param socketTimeout how long to wait for an answer
 * @param outbox how the indexer drains the outbox
 * @param reindex how a full rebuild of the index reads PostgreSQL
 * @param export how result sets are exported to CSV and XLSX
 * @param indices the settings of the indices this installation creates
 */
@ConfigurationProperties("helpdesk.search")
public record SearchProperties(
        @DefaultValue("http://127.0.0.1:9200") List<URI> uris,
        @Nullable String username,
        @Nullable String password,
        @Nullable String apiKey,
        @DefaultValue("helpdesk") String indexPrefix,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration socketTimeout,
        @DefaultValue Outbox outbox,
        @DefaultValue Reindex reindex,
        @DefaultValue Export export,
        @DefaultValue Indices indices) {

    /**
     * @param batchSize outbox rows taken per round
     * @param pollInterval pause between rounds when the outbox is empty
     * @param firstRetry delay after the first failure; doubles with each further failure
     * @param maxRetry the longest delay between two attempts
     */
    public record Outbox(
            @DefaultValue("200") int batchSize,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("1s") Duration firstRetry,
            @DefaultValue("30s") Duration maxRetry) {}

    /**
     * @param batchSize tickets read and written per bulk request
     * @param maxPerSecond throttle for the backfill (0 = as fast as Elasticsearch takes it)
     * @param abandonedAfter a running rebuild whose progress is older than this was left by a dead instance
     */
    public record Reindex(
            @DefaultValue("500") int batchSize,
            @DefaultValue("0") int maxPerSecond,
            @DefaultValue("2m") Duration abandonedAfter) {}

    /**
     * @param maxRows the most rows one export holds; beyond, it stops and says so in the file and its headers
     * @param pageSize hits fetched per {@code search_after} round
     * @param keepFor how long a background export's file stays downloadable
     * @param abandonedAfter a background export (writing or waiting for its turn) whose instance has not confirmed
     *     it is alive for this long was left by a dead instance or worker and is shown as failed; the instance
     *     confirms every quarter of it
     */
    public record Export(
            @DefaultValue("100000") int maxRows,
            @DefaultValue("1000") int pageSize,
            @DefaultValue("24h") Duration keepFor,
            @DefaultValue("2m") Duration abandonedAfter) {

        public Export {
            if (maxRows < 1 || pageSize < 1 || pageSize > 10_000) {
                throw new IllegalArgumentException(
                        "helpdesk.search.export: max-rows must be ≥ 1 and page-size between 1 and 10000");
            }
            if (abandonedAfter.compareTo(Duration.ofMillis(100)) < 0) {
                throw new IllegalArgumentException("helpdesk.search.export.abandoned-after must be at least 100ms");
            }
        }

        /** How often an instance confirms the exports it holds are alive: four times per {@code abandonedAfter}. */
        public Duration heartbeatEvery() {
            return abandonedAfter.dividedBy(4);
        }
    }

    /**
     * Settings of every index this installation creates (the rest of each index's settings and its mapping come with the
     * release). Replicas and the refresh interval are dynamic: an instance applies them to the existing indices when
     * it starts using them. Shards are fixed when an index is created: a changed count takes effect with the next
     * rebuild ({@code POST /api/v1/admin/search/reindex}).
     *
     * @param shards primary shards per index; one holds a few million tickets comfortably (see docs/scaling.md)
     * @param replicas copies of each shard on other nodes: 0 on a single node, at least 1 on a cluster
     * @param refreshInterval how soon a write becomes searchable
     */
    public record Indices(
            @DefaultValue("1") int shards,
            @DefaultValue("0") int replicas,
            @DefaultValue("1s") Duration refreshInterval) {

        public Indices {
            if (shards < 1 || shards > 1024 || replicas < 0 || replicas > 16) {
                throw new IllegalArgumentException(
                        "helpdesk.search.indices: shards must be between 1 and 1024, replicas between 0 and 16");
            }
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException("helpdesk.search.indices.refresh-interval must be positive");
            }
        }

        /** The refresh interval as Elasticsearch writes it, in milliseconds. */
        public String refreshIntervalSetting() {
            return refreshInterval.toMillis() + "ms";
        }
    }
}
