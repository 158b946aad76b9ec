package org.helpdesk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.helpdesk.search.SearchProperties;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our indices on the real Elasticsearch node, each test under an index prefix of its own. Settings come from
 * configuration ({@code helpdesk.search.indices.*}): a new index gets the configured shards, replicas and refresh
 * interval; an instance started with other replicas or refresh interval gives them to the existing index, while its
 * shard count stays until the next rebuild. A write through the alias never creates an index under the alias's name
 * (which Elasticsearch would do with a guessed mapping, blocking the alias for good): it fails while the alias is
 * missing, is retried from the outbox, and succeeds once the index and alias are created again.
 */
@HelpdeskIntegrationTest
class SearchIndexIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tickets tickets;

    @Autowired
    RestClient rest;

    private final String prefix = "index-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteIndices() throws IOException {
        for (String index : elasticsearch
                .indices()
                .get(g -> g.index(prefix + "-*").allowNoIndices(true))
                .result()
                .keySet()) {
            elasticsearch.indices().delete(d -> d.index(index));
        }
    }

    @Test
    void aWriteWithoutTheAliasFailsCreatingNothingAndTheNextRoundCreatesTheIndexFirst() throws IOException {
        TicketIndex index = new TicketIndex(elasticsearch, properties());
        TicketIndexWriter writer = new TicketIndexWriter(elasticsearch, jdbc, index, tickets);
        Ticket ticket = tickets.open(new TicketDraft("Alias guard", "guard test", "guard@example.com", null), "it");
        List<UUID> ids = List.of(ticket.id().value());

        index.ensureExists();
        assertThat(writer.write(ids, List.of(index.alias()))).isEmpty();

        // The index and its alias vanish (an operator's mistake, a restore of another snapshot).
        deleteIndices();
        Map<String, String> failed = writer.write(ids, List.of(index.alias()));

        assertThat(failed).containsOnlyKeys(ticket.id().toString());
        assertThat(failed.get(ticket.id().toString())).contains("index_not_found_exception");
        assertThat(elasticsearch.indices().exists(e -> e.index(index.alias())).value())
                .as("no index auto-created under the alias's name")
                .isFalse();

        index.ensureExists();
        assertThat(writer.write(ids, List.of(index.alias()))).isEmpty();
        assertThat(index.aliasTarget()).hasValue(index.alias() + "-v" + TicketIndex.MAPPING_VERSION);
        elasticsearch.indices().refresh(r -> r.index(index.alias()));
        assertThat(elasticsearch.count(c -> c.index(index.alias())).count()).isEqualTo(1);
    }

    @Test
    void aNewIndexTakesTheConfiguredSettingsAndAnInstanceStartingWithOtherReplicasAppliesThem() throws IOException {
        new TicketIndex(elasticsearch, properties("2", "0", "2s")).ensureExists();

        JsonNode created = settings();
        assertThat(created.get("index.number_of_shards").asString()).isEqualTo("2");
        assertThat(created.get("index.number_of_replicas").asString()).isEqualTo("0");
        assertThat(created.get("index.refresh_interval").asString()).isEqualTo("2000ms");
        assertThat(created.has("index.analysis.analyzer.neutral.type")).isTrue();

        new TicketIndex(elasticsearch, properties("1", "1", "1s")).ensureExists();

        JsonNode applied = settings();
        assertThat(applied.get("index.number_of_replicas").asString()).isEqualTo("1");
        assertThat(applied.get("index.refresh_interval").asString()).isEqualTo("1000ms");
        assertThat(applied.get("index.number_of_shards").asString())
                .as("fixed at creation: a rebuild applies a new count")
                .isEqualTo("2");
    }

    /** The flat settings of the one index behind the ticket alias. */
    private JsonNode settings() throws IOException {
        Request request = new Request("GET", "/" + prefix + "-tickets/_settings");
        request.addParameter("flat_settings", "true");
        JsonNode body = JSON.readTree(rest.performRequest(request).getEntity().getContent());
        assertThat(body.size()).isEqualTo(1);
        return body.iterator().next().get("settings");
    }

    private SearchProperties properties() {
        return properties(Map.of());
    }

    private SearchProperties properties(String shards, String replicas, String refreshInterval) {
        return properties(Map.of(
                "helpdesk.search.indices.shards", shards,
                "helpdesk.search.indices.replicas", replicas,
                "helpdesk.search.indices.refresh-interval", refreshInterval));
    }

    private SearchProperties properties(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("helpdesk.search.index-prefix", prefix);
        return new Binder(new MapConfigurationPropertySource(all))
                .bindOrCreate("helpdesk.search", SearchProperties.class);
    }
}
