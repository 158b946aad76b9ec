package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.ElasticsearchNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Elasticsearch goes away while agents keep working: nothing is lost, everything is searchable after. */
@HelpdeskIntegrationTest
class SearchOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ticketsOpenedWhileElasticsearchIsDownBecomeSearchableWhenItReturns() {
        ElasticsearchNode elasticsearch = DevStack.shared().elasticsearch();
        Api agent = Api.as(port, Personas.ANNA_AGENT);
        String marker = "outage" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> references = new ArrayList<>();

        elasticsearch.stop();
        try {
            for (int i = 0; i < 5; i++) {
                Api.Reply reply = agent.postJson(
                        "/api/v1/tickets",
                        Map.of(
                                "subject", "Complaint " + i + " " + marker,
                                "description", "Written while search was down",
                                "customerEmail", "outage" + i + "@example.com"));
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                references.add(reply.json().get("reference").asString());
            }
            Api.Reply search = agent.search(marker);
            assertThat(search.status()).isEqualTo(503);
            assertThat(search.contentType()).startsWith("application/problem+json");
            assertThat(pendingChanges()).isGreaterThanOrEqualTo(5);
        } finally {
            elasticsearch.start();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Api.Reply search = agent.search(marker);
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            List<String> found = new ArrayList<>();
            search.json()
                    .get("hits")
                    .forEach(hit -> found.add(hit.get("reference").asString()));
            assertThat(found).containsExactlyInAnyOrderElementsOf(references);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingChanges() == 0);
    }

    private long pendingChanges() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }
}
