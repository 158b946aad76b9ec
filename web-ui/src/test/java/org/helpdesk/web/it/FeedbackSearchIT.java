package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.search.DriftReport;
import org.helpdesk.search.SearchMaintenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A quality manager searches the comments of the feedback list: inflected forms in each comment's language,
 * phrases and exclusions, combined with the list's filters, the words highlighted; stop words find nothing. The
 * feedback index is kept true to PostgreSQL by the drift check.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class FeedbackSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    SearchMaintenance maintenance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void commentsAreFoundByInflectedFormsPhrasesAndExclusionsWithinTheListsFilters() throws Exception {
        String m = marker();
        String late = post(m + " Курьер не привёз доставку и на звонки не отвечает", "ru");
        String refund = post(m + " Доставка пришла, но возврат денег так и не сделали", "ru");
        String books = post(m + " Книгите за децата пристигнаха навреме", "bg");
        String parcels = post(m + " The parcels were delivered to the address of my neighbour", "en");
        label(late, "negative");
        label(refund, "negative");
        label(books, "positive");
        themes(refund, "refunds");

        awaitFound(m, late, refund, books, parcels);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ids(search(m, "&sentiment=negative"))).containsExactlyInAnyOrder(late, refund);
            assertThat(ids(search(m, "&sentiment=positive"))).containsExactly(books);
            assertThat(ids(search(m + " доставка", "&theme=refunds"))).containsExactly(refund);
        });

        JsonNode inflected = awaitFound(m + " доставкой", late, refund);
        assertThat(highlights(inflected, late))
                .contains("<mark>доставку</mark>")
                .doesNotContain("<mark>и</mark>");
        assertThat(ids(search(m + " книга", ""))).containsExactly(books);
        JsonNode english = search(m + " delivering parcel", "");
        assertThat(ids(english)).containsExactly(parcels);
        assertThat(highlights(english, parcels))
                .contains("<mark>parcels</mark>", "<mark>delivered</mark>")
                .doesNotContain("<mark>the</mark>", "<mark>of</mark>");

        assertThat(ids(search("\"" + m + " Курьер не привёз\"", ""))).containsExactly(late);
        assertThat(ids(search(m + " доставка -возврат", ""))).containsExactly(late);
        for (String stopWordsOnly : List.of("и на", "за и", "the of")) {
            assertThat(search(stopWordsOnly, "").get("total").asLong())
                    .as(stopWordsOnly)
                    .isZero();
        }

        MvcResult page = mvc.perform(get("/feedback")
                        .param("q", m + " доставкой")
                        .param("sentiment", "negative")
                        .with(user("quentin").roles("QUALITY_MANAGER")))
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("<mark>доставку</mark>", "2 feedback items found", "value=\"" + m + " доставкой\"");
        assertThat(html).doesNotContain("Книгите");
    }

    @Test
    void badSearchesAreProblemsNotFailures() {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply tooLong = quentin.get("/api/v1/feedback?q=" + "x".repeat(1001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        Api.Reply badSentiment = quentin.get("/api/v1/feedback?q=parcel&sentiment=angry");
        assertThat(badSentiment.status()).isEqualTo(400);
        assertThat(badSentiment.json().get("errors").get(0).get("field").asString())
                .isEqualTo("sentiment");
        for (String odd : List.of("\"unbalanced", "-", "(", "a OR", "*", "<script>")) {
            assertThat(quentin.get("/api/v1/feedback?q=" + enc(odd)).status())
                    .as(odd)
                    .isEqualTo(200);
        }
    }

    @Test
    void theDriftCheckFindsAndRepairsStaleAndOrphanedFeedbackDocuments() throws Exception {
        String m = marker();
        String item = post(m + " Приложение зависает при оплате", "ru");
        awaitFound(m, item);

        // A change written past the outbox (a manual fix)...
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update feedback_item set comment = ? where id = ?::uuid")
                    .params(m + " Холодильник не морозит", item)
                    .update();
            jdbc.sql("delete from search_outbox where entity_id = ?::uuid")
                    .param(item)
                    .update();
        });
        // ...and a document nobody owns.
        String orphan = UUID.randomUUID().toString();
        elasticsearch.index(i -> i.index("helpdesk-feedback")
                .id(orphan)
                .document(java.util.Map.of("id", orphan, "comment", m + " orphan", "source", "API"))
                .refresh(Refresh.True));

        DriftReport found = maintenance.checkDrift(false);
        assertThat(found.feedback().stale()).isGreaterThanOrEqualTo(1);
        assertThat(found.feedback().orphaned()).isGreaterThanOrEqualTo(1);
        assertThat(found.inSync()).isFalse();
        assertThat(ids(search(m + " холодильника", ""))).isEmpty();

        assertThat(maintenance.checkDrift(true).repaired()).isTrue();
        awaitFound(m + " холодильника", item);
        assertThat(elasticsearch
                        .exists(e -> e.index("helpdesk-feedback").id(orphan))
                        .value())
                .as("the orphan is removed")
                .isFalse();
    }

    private String post(String comment, String language) {
        Api.Reply posted = Api.as(port, Personas.ANNA_AGENT)
                .post("/api/v1/feedback", "{\"comment\":\"" + comment + "\",\"language\":\"" + language + "\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("ids").get(0).asString();
    }

    private void label(String id, String label) {
        Api.Reply reply = Api.as(port, Personas.QUENTIN_QUALITY)
                .send("PUT", "/api/v1/feedback/" + id + "/label", "{\"label\": \"" + label + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private void themes(String id, String theme) {
        Api.Reply reply = Api.as(port, Personas.QUENTIN_QUALITY)
                .send("PUT", "/api/v1/feedback/" + id + "/themes", "{\"themes\": [\"" + theme + "\"]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private JsonNode awaitFound(String query, String... expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode result = search(query, "");
            assertThat(ids(result)).containsExactlyInAnyOrder(expected);
            found.add(result);
        });
        return found.get(found.size() - 1);
    }

    private JsonNode search(String query, String filters) {
        Api.Reply reply =
                Api.as(port, Personas.QUENTIN_QUALITY).get("/api/v1/feedback?size=100&q=" + enc(query) + filters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String highlights(JsonNode result, String id) {
        for (JsonNode item : result.get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item.get("highlights").toString();
            }
        }
        throw new AssertionError(id + " not found in " + result);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String marker() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
