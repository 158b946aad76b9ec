package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.helpdesk.search.DriftReport;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchMaintenance;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The index stays true to PostgreSQL: drift is found and repaired, rebuilds lose nothing. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class SearchMaintenanceIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchMaintenance maintenance;

    @Autowired
    Tickets tickets;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void driftCheckFindsAndRepairsMissingStaleAndOrphanedDocuments() throws Exception {
        Ticket indexed = open("drift " + marker());
        awaitOutboxDrained();
        awaitInSync();

        // Drift as it happens in real life: rows written past the outbox (a restore, a manual fix)...
        UUID missing = UUID.randomUUID();
        jdbc.sql("""
                        insert into ticket (id, subject, description, customer_id, priority, status, created_by,
                                            created_at, updated_at, version)
                        select ?, 'restored row', description, customer_id, priority, status, created_by,
                               created_at, updated_at, 1 from ticket where id = ?""").params(missing, indexed.id().value()).update();
        jdbc.sql("update ticket set subject = 'fixed by hand', version = version + 1 where id = ?")
                .param(indexed.id().value())
                .update();
        // ...and a document nobody owns.
        elasticsearch.index(i -> i.index("helpdesk-tickets")
                .id(UUID.randomUUID().toString())
                .document(Map.of("id", "orphan", "number", 1, "subject", "orphan"))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));

        DriftReport found = maintenance.checkDrift(false);
        assertThat(found.missing()).isEqualTo(1);
        assertThat(found.stale()).isEqualTo(1);
        assertThat(found.orphaned()).isEqualTo(1);
        assertThat(found.databaseCount()).isEqualTo(found.indexCount());

        assertThat(maintenance.checkDrift(true).repaired()).isTrue();
        awaitInSync();
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        assertThat(auditor.search("\"fixed by hand\"").body()).contains(indexed.reference());
    }

    @Test
    void rebuildMovesTheAliasToANewIndexWithoutLosingConcurrentChanges() throws Exception {
        String marker = marker();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            references.add(open("before rebuild " + marker).reference());
        }

        CompletableFuture<List<ReindexRun>> rebuild = CompletableFuture.supplyAsync(() -> maintenance.rebuild("it"));
        for (int i = 0; i < 10; i++) {
            references.add(open("during rebuild " + marker).reference());
        }
        List<ReindexRun> runs = rebuild.get();
        ReindexRun run = runs.get(0);
        assertThat(runs).extracting(ReindexRun::entityType).containsExactly("ticket", "feedback");
        assertThat(runs)
                .allSatisfy(r ->
                        assertThat(r.status()).as(String.valueOf(r.error())).isEqualTo("COMPLETED"));
        assertThat(elasticsearch
                        .indices()
                        .getAlias(a -> a.name("helpdesk-feedback"))
                        .result()
                        .keySet())
                .containsExactly(runs.get(1).targetIndex());

        assertThat(run.status()).as(String.valueOf(run.error())).isEqualTo("COMPLETED");
        assertThat(elasticsearch
                        .indices()
                        .getAlias(a -> a.name("helpdesk-tickets"))
                        .result()
                        .keySet())
                .containsExactly(run.targetIndex());
        Api agent = Api.as(port, Personas.ANNA_AGENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> found = new ArrayList<>();
            agent.search(marker)
                    .json()
                    .get("hits")
                    .forEach(h -> found.add(h.get("reference").asString()));
            assertThat(found).containsExactlyInAnyOrderElementsOf(references);
        });
    }

    @Test
    void onlyAdministratorsMayOperateTheIndex() throws Exception {
        mvc.perform(get("/api/v1/admin/search/drift").with(user("anna").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/search/drift").with(user("olga").roles("AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/search/drift").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk());
    }

    private Ticket open(String subject) {
        return tickets.open(new TicketDraft(subject, "maintenance test", "maint@example.com", null), "it");
    }

    private void awaitInSync() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            elasticsearch.indices().refresh(r -> r.index("helpdesk-tickets"));
            assertThat(maintenance.checkDrift(false).inSync()).isTrue();
        });
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from search_outbox")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
