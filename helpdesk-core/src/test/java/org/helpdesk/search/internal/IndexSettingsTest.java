package org.helpdesk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.helpdesk.search.SearchProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexSettingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aNewIndexGetsTheConfiguredShardsReplicasAndRefreshIntervalAndKeepsTheReleasesAnalysisAndMapping()
            throws IOException {
        SearchProperties properties = bind(Map.of(
                "helpdesk.search.indices.shards", "3",
                "helpdesk.search.indices.replicas", "2",
                "helpdesk.search.indices.refresh-interval", "5s"));

        for (SearchIndex index :
                new SearchIndex[] {new TicketIndex(null, properties), new FeedbackIndex(null, properties)}) {
            JsonNode definition = definition(index);
            JsonNode settings = definition.get("settings");
            assertThat(settings.get("number_of_shards").asInt()).isEqualTo(3);
            assertThat(settings.get("number_of_replicas").asInt()).isEqualTo(2);
            assertThat(settings.get("refresh_interval").asString()).isEqualTo("5000ms");
            assertThat(settings.get("analysis").get("analyzer").has("neutral")).isTrue();
            assertThat(definition.get("mappings").get("dynamic").asString()).isEqualTo("strict");
            assertThat(definition.get("mappings").get("properties").size()).isGreaterThan(10);
        }
    }

    @Test
    void withoutConfigurationAnIndexHasOneShardNoReplicaAndRefreshesEverySecond() throws IOException {
        JsonNode settings = definition(new TicketIndex(null, bind(Map.of()))).get("settings");

        assertThat(settings.get("number_of_shards").asInt()).isEqualTo(1);
        assertThat(settings.get("number_of_replicas").asInt()).isZero();
        assertThat(settings.get("refresh_interval").asString()).isEqualTo("1000ms");
    }

    @Test
    void impossibleCountsAreRefusedAtStartUp() {
        for (Map<String, String> bad : new Map[] {
            Map.of("helpdesk.search.indices.shards", "0"),
            Map.of("helpdesk.search.indices.replicas", "-1"),
            Map.of("helpdesk.search.indices.refresh-interval", "0s")
        }) {
            assertThatThrownBy(() -> bind(bad))
                    .as(bad.toString())
                    .isInstanceOf(BindException.class)
                    .rootCause()
                    .hasMessageContaining("helpdesk.search.indices");
        }
    }

    private static JsonNode definition(SearchIndex index) throws IOException {
        try (InputStream mapping = index.mapping()) {
            return JSON.readTree(mapping);
        }
    }

    private static SearchProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("helpdesk.search", SearchProperties.class);
    }
}
