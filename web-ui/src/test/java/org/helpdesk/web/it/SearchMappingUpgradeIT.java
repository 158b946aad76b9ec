package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchMaintenance;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation whose alias still points at a v1 index (no conversation, no facet fields) is moved to
 * the v2 mapping by the zero-downtime rebuild; afterwards words in replies are found.
 */
@HelpdeskIntegrationTest
class SearchMappingUpgradeIT {

    private static final String ALIAS = "helpdesk-tickets";

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    SearchMaintenance maintenance;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstallationOnTheV1MappingIsRebuiltIntoV2AndKeepsAnswering() throws Exception {
        String word = "upg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Ticket ticket = tickets.open(
                new TicketDraft("Heater broken", "The heater does not start", "upgrade@example.com", null), "it");
        tickets.post(
                ticket.reference(), new MessageDraft("Technician " + word + " booked", null, null), List.of(), "it");
        awaitOutboxDrained();

        // The state an installation of the previous release is in: the alias on a v1 index.
        String current = aliasTarget();
        String v1 = ALIAS + "-v1-20250101000000";
        try (InputStream mapping = getClass().getResourceAsStream("/search/tickets-v1.json")) {
            elasticsearch.indices().create(c -> c.index(v1).withJson(mapping));
        }
        elasticsearch
                .indices()
                .updateAliases(u -> u.actions(
                                a -> a.remove(r -> r.index(current).alias(ALIAS)))
                        .actions(a -> a.add(add -> add.index(v1).alias(ALIAS).isWriteIndex(true))));
        elasticsearch.indices().delete(d -> d.index(current));
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        assertThat(auditor.search(word).status())
                .as("searches keep answering on v1")
                .isEqualTo(200);

        Optional<ReindexRun> run = maintenance.upgradeMapping("it");

        assertThat(run).isPresent();
        assertThat(run.get().status()).as(String.valueOf(run.get().error())).isEqualTo("COMPLETED");
        assertThat(run.get().sourceIndex()).isEqualTo(v1);
        assertThat(run.get().targetIndex()).startsWith(ALIAS + "-v2-");
        assertThat(aliasTarget()).isEqualTo(run.get().targetIndex());
        assertThat(elasticsearch.indices().exists(e -> e.index(v1)).value()).isFalse();
        assertThat(maintenance.upgradeMapping("it")).as("already current").isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(auditor.search(word).body()).contains(ticket.reference()));
    }

    private String aliasTarget() throws Exception {
        return elasticsearch
                .indices()
                .getAlias(a -> a.name(ALIAS))
                .result()
                .keySet()
                .iterator()
                .next();
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from search_outbox")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
