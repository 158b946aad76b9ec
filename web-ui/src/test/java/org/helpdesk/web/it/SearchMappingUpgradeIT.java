package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
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
 * An installation whose alias still points at a v2 index (every text analysed by all three stemmers, no sentiment
 * or themes) is moved to the v3 mapping by the zero-downtime rebuild; afterwards a word in a reply is found, in
 * another form through the ticket's own language.
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
    void anInstallationOnTheV2MappingIsRebuiltIntoV3AndKeepsAnswering() throws Exception {
        String word = "upg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Ticket ticket = tickets.open(
                new TicketDraft(
                        "Heater broken",
                        "The heater does not start",
                        "upgrade@example.com",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        "en"),
                "it");
        tickets.post(
                ticket.reference(), new MessageDraft("Technician " + word + " booked", null, null), List.of(), "it");
        awaitOutboxDrained();

        // The state an installation of the previous release is in: the alias on a v2 index.
        String current = aliasTarget();
        String v2 = ALIAS + "-v2-20250101000000";
        try (InputStream mapping = getClass().getResourceAsStream("/search/tickets-v2.json")) {
            elasticsearch.indices().create(c -> c.index(v2).withJson(mapping));
        }
        elasticsearch
                .indices()
                .updateAliases(u -> u.actions(
                                a -> a.remove(r -> r.index(current).alias(ALIAS)))
                        .actions(a -> a.add(add -> add.index(v2).alias(ALIAS).isWriteIndex(true))));
        elasticsearch.indices().delete(d -> d.index(current));
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        assertThat(auditor.search(word).status())
                .as("searches keep answering on v2")
                .isEqualTo(200);

        List<ReindexRun> runs = maintenance.upgradeMapping("it");

        assertThat(runs).as("only the ticket index is outdated").hasSize(1);
        ReindexRun run = runs.get(0);
        assertThat(run.entityType()).isEqualTo("ticket");
        assertThat(run.status()).as(String.valueOf(run.error())).isEqualTo("COMPLETED");
        assertThat(run.sourceIndex()).isEqualTo(v2);
        assertThat(run.targetIndex()).startsWith(ALIAS + "-v3-");
        assertThat(aliasTarget()).isEqualTo(run.targetIndex());
        assertThat(elasticsearch.indices().exists(e -> e.index(v2)).value()).isFalse();
        assertThat(maintenance.upgradeMapping("it")).as("already current").isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(auditor.search(word).body()).contains(ticket.reference()));
        assertThat(auditor.search(word + " heaters").body())
                .as("the English stemmer reads this English ticket")
                .contains(ticket.reference());
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
