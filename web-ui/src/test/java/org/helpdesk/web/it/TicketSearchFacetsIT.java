package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * An auditor narrows a search with filters and sees, per facet, how many tickets each value has;
 * odd queries and parameters are answered, never failed.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class TicketSearchFacetsIT {

    private static final UUID KETTLE = UUID.randomUUID();
    private static final UUID TOASTER = UUID.randomUUID();
    private static final UUID DELIVERY = UUID.randomUUID();
    private static final UUID BILLING = UUID.randomUUID();
    private static final UUID KYIV = UUID.randomUUID();
    private static final UUID SOFIA = UUID.randomUUID();

    /** How each facet reads its value from one of our documents. */
    private static final Map<String, Function<Map<String, Object>, Object>> FACETS = new LinkedHashMap<>();

    static {
        for (String plain : List.of(
                "status",
                "priority",
                "channel",
                "type",
                "assignee",
                "language",
                "slaBreached",
                "escalated",
                "repeatContact",
                "reopened",
                "sentiment")) {
            FACETS.put(plain, doc -> doc.get(plain));
        }
        for (String named : List.of("product", "category", "team")) {
            FACETS.put(named, doc -> doc.get(named) instanceof Map<?, ?> ref ? ref.get("id") : null);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    Tickets tickets;

    @Autowired
    MockMvc mvc;

    @Test
    void everyFilterNarrowsTheHitsAndEveryFacetCountsItsValues() {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            List<Map<String, Object>> docs = fourTickets(m);
            docs.forEach(doc -> index.add((String) doc.get("subject"), (Instant) doc.remove("at"), doc));
            index.flush();

            JsonNode all = search("q=" + m);
            assertThat(all.get("total").asLong()).isEqualTo(4);
            assertThat(all.get("totalRelation").asString()).isEqualTo("eq");
            FACETS.forEach(
                    (facet, value) -> assertThat(counts(all, facet)).as(facet).isEqualTo(expectedCounts(docs, value)));

            FACETS.forEach((facet, value) -> {
                String chosen = String.valueOf(value.apply(docs.get(0)));
                JsonNode narrowed = search("q=" + m + "&" + facet + "=" + enc(chosen));
                long expected = docs.stream()
                        .filter(d -> chosen.equals(String.valueOf(value.apply(d))))
                        .count();
                assertThat(narrowed.get("total").asLong()).as(facet).isEqualTo(expected);
                // The chosen facet still shows its other values, with the counts they would have.
                assertThat(counts(narrowed, facet)).as(facet).isEqualTo(expectedCounts(docs, value));
                assertThat(selected(narrowed, facet)).as(facet).containsExactly(chosen);
            });
        }
    }

    @Test
    void aFilterOnOneFacetNarrowsTheCountsOfTheOthersButNotItsOwn() {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            List<Map<String, Object>> docs = fourTickets(m);
            docs.forEach(doc -> index.add((String) doc.get("subject"), (Instant) doc.remove("at"), doc));
            index.flush();

            JsonNode open = search("q=" + m + "&status=open");

            assertThat(open.get("total").asLong()).isEqualTo(2);
            assertThat(counts(open, "status")).isEqualTo(Map.of("OPEN", 2L, "RESOLVED", 1L, "NEW", 1L));
            assertThat(counts(open, "priority")).isEqualTo(Map.of("HIGH", 1L, "LOW", 1L));
            assertThat(counts(open, "product").values()).containsExactlyInAnyOrder(1L, 1L);
            assertThat(labels(open, "product")).containsExactlyInAnyOrder("Kettle", "Toaster");

            JsonNode openOrNew = search("q=" + m + "&status=OPEN&status=NEW&priority=HIGH");
            assertThat(openOrNew.get("total").asLong()).isEqualTo(1);
            assertThat(counts(openOrNew, "status")).isEqualTo(Map.of("OPEN", 1L, "RESOLVED", 1L));
        }
    }

    @Test
    void dateRangeIncludesBothDaysAndAnEmptyQueryWithFiltersListsByDate() {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            List<Map<String, Object>> docs = fourTickets(m);
            List<Long> numbers = new ArrayList<>();
            docs.forEach(doc -> numbers.add(index.add((String) doc.get("subject"), (Instant) doc.remove("at"), doc)));
            index.flush();

            JsonNode range = search("q=" + m + "&from=2025-02-10&to=2025-03-10");
            assertThat(numbersOf(range)).containsExactlyInAnyOrder(numbers.get(1), numbers.get(2));

            String assignee = "anna" + m;
            assertThat(numbersOf(search("q=&assignee=" + assignee))).containsExactly(numbers.get(2), numbers.get(0));
            assertThat(numbersOf(search("assignee=" + assignee + "&sort=oldest")))
                    .containsExactly(numbers.get(0), numbers.get(2));
            assertThat(search("assignee=" + assignee).get("sort").asString()).isEqualTo("newest");
        }
    }

    @Test
    void simpleSyntaxRanksAllWordsFirstAndKnowsRequiredWordsPhrasesExclusionAndOr() {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            Instant at = Instant.parse("2025-06-01T10:00:00Z");
            long alphaParcel = index.add(m + " alpha parcel", at, Map.of());
            long betaParcel = index.add(m + " beta parcel", at, Map.of());
            long alphaBeta = index.add(m + " alpha beta", at, Map.of());
            long gamma = index.add(m + " gamma", at, Map.of());
            index.flush();

            JsonNode plain = search("q=" + enc(m + " alpha"));
            assertThat(numbersOf(plain))
                    .as("all the words first, then some of them")
                    .containsExactlyInAnyOrder(alphaParcel, alphaBeta, betaParcel, gamma);
            assertThat(numbersOf(plain).subList(0, 2)).containsExactlyInAnyOrder(alphaParcel, alphaBeta);
            assertThat(plain.get("someWords").asBoolean()).isTrue();
            assertThat(numbersOf(search("q=" + enc("+" + m + " +alpha"))))
                    .as("+ requires a word")
                    .containsExactlyInAnyOrder(alphaParcel, alphaBeta);
            assertThat(search("q=" + enc(m + " parcel alpha")).get("someWords").asBoolean())
                    .isTrue();
            assertThat(numbersOf(search("q=" + enc(m + " -beta")))).containsExactlyInAnyOrder(alphaParcel, gamma);
            assertThat(numbersOf(search("q=" + enc(m + " (alpha OR gamma)"))))
                    .containsExactlyInAnyOrder(alphaParcel, alphaBeta, gamma);
            assertThat(numbersOf(search("q=" + enc(m + " (parcel | gamma) -alpha"))))
                    .containsExactlyInAnyOrder(betaParcel, gamma);
            assertThat(numbersOf(search("q=" + enc("\"" + m + " alpha\""))))
                    .containsExactlyInAnyOrder(alphaParcel, alphaBeta);
        }
    }

    @Test
    void malformedQueriesAreReadAsTextAndNeverFail() {
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        List<String> queries = new ArrayList<>(List.of(
                "\"unbalanced",
                "unbalanced\" quote",
                "-",
                "|",
                "+",
                "*",
                "(",
                ")",
                "((a)",
                "OR",
                "a OR",
                "NOT",
                "\\",
                "/",
                "a~2",
                "^3",
                "status:OPEN",
                "{}[]",
                "[1 TO 2]",
                "&& || !",
                "<script>alert(1)</script>",
                "'; drop table ticket; --",
                "\u0000\u0002\u0003",
                "HD-",
                "HD-99999999999999999999",
                "жалоба* -\"доставка"));
        queries.add("a ".repeat(500)); // 1000 characters, 500 words
        queries.add("\"+-=&&||><!(){}[]^~*?:\\/".repeat(50).substring(0, 1000));
        for (String q : queries) {
            Api.Reply reply = auditor.get("/api/v1/search/tickets?q=" + enc(q));
            assertThat(reply.status()).as("%s → %s", q, reply.body()).isEqualTo(200);
        }
        Api.Reply tooLong = auditor.get("/api/v1/search/tickets?q=" + "x".repeat(1001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidParametersAndTamperedCursorsAreProblemJson() {
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("status=SLEEPING", "status");
        cases.put("product=not-a-uuid", "product");
        cases.put("escalated=maybe", "escalated");
        cases.put("language=" + enc("ru\"]"), "language");
        cases.put("sentiment=angry", "sentiment");
        cases.put("theme=" + enc("Delivery!"), "theme");
        cases.put("size=0", "size");
        cases.put("size=101", "size");
        cases.put("size=lots", "size");
        cases.put("page=-1", "page");
        cases.put("page=100&size=100", "page");
        cases.put("sort=sideways", "sort");
        cases.put("from=yesterday", "from");
        cases.put("from=2025-03-02&to=2025-03-01", "to");
        cases.put("cursor=%25%25%25", "cursor");
        cases.put("cursor=Tjp4Onk", "cursor");
        cases.put("cursor=" + "A".repeat(300), "cursor");
        cases.put("sort=oldest&cursor=" + newestCursor(auditor), "cursor");
        cases.forEach((params, field) -> {
            Api.Reply reply = auditor.get("/api/v1/search/tickets?" + params);
            assertThat(reply.status()).as("%s → %s", params, reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).as(params).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").get(0).get("field").asString())
                    .as(params)
                    .isEqualTo(field);
        });
    }

    @Test
    void aWordWrittenOnlyInAReplyFindsTheTicketAndItsFieldsAreFilterable() {
        String word = marker();
        Ticket ticket = tickets.open(
                new TicketDraft(
                        "Kettle stopped working",
                        "It does not heat any more",
                        "reply.it@example.com",
                        "HIGH",
                        null,
                        null,
                        "PHONE",
                        "COMPLAINT",
                        null,
                        null,
                        null,
                        null,
                        List.of("heating"),
                        "en"),
                Personas.ANNA_AGENT);
        tickets.post(
                ticket.reference(),
                new MessageDraft("We sent a replacement " + word + " today", null, null),
                List.of(),
                Personas.ANNA_AGENT);
        tickets.escalate(ticket.reference(), "Customer threatens to go to court", Personas.ANNA_AGENT);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode found = search("q=" + word
                    + "&escalated=true&channel=PHONE&type=COMPLAINT&language=en&priority=HIGH&repeatContact=false");
            assertThat(numbersOf(found)).containsExactly(ticket.number());
            assertThat(found.get("hits").get(0).get("highlights").toString()).contains("<mark>" + word + "</mark>");
        });
    }

    @Test
    void similarComplaintsAreFoundForATicket() {
        String m = marker();
        Ticket espresso =
                open("Espresso machine " + m + " leaking", "The espresso machine leaks water from the boiler");
        Ticket alike = open("Boiler of espresso machine " + m, "Water is leaking out of the espresso machine boiler");
        Ticket other = open("Invoice address " + m + "2", "Please change the invoice address to our new office");
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Reply reply = auditor.get("/api/v1/search/tickets/" + espresso.reference() + "/similar");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            List<String> references = new ArrayList<>();
            reply.json()
                    .get("hits")
                    .forEach(h -> references.add(h.get("reference").asString()));
            assertThat(references).contains(alike.reference()).doesNotContain(espresso.reference(), other.reference());
        });
        assertThat(auditor.get("/api/v1/search/tickets/HD-999999999/similar").status())
                .isEqualTo(404);
        assertThat(auditor.get("/api/v1/search/tickets/" + espresso.reference() + "/similar?size=500")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void searchPageShowsFacetLinksThatKeepTheQuery() throws Exception {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            List<Map<String, Object>> docs = fourTickets(m);
            docs.forEach(doc -> index.add((String) doc.get("subject"), (Instant) doc.remove("at"), doc));
            index.flush();

            MvcResult page = mvc.perform(get("/search")
                            .param("q", m)
                            .param("status", "OPEN")
                            .with(user("olga").roles("AUDITOR")))
                    .andReturn();
            String html = page.getResponse().getContentAsString();

            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            assertThat(html).contains("Kettle", "Toaster", "/search?q=" + m + "&amp;status=OPEN&amp;status=RESOLVED");
            assertThat(html).contains("sort=oldest", "name=\"status\" value=\"OPEN\"");
            assertThat(mvc.perform(get("/search")
                                    .param("status", "SLEEPING")
                                    .with(user("olga").roles("AUDITOR")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(400);
        }
    }

    private List<Map<String, Object>> fourTickets(String m) {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(doc(
                m,
                "2025-01-10",
                "OPEN",
                "HIGH",
                named(KETTLE, "Kettle"),
                named(DELIVERY, "Delivery"),
                "EMAIL",
                "COMPLAINT",
                named(KYIV, "Kyiv"),
                "anna" + m,
                "ru",
                true,
                true,
                false,
                false));
        docs.add(doc(
                m,
                "2025-02-10",
                "OPEN",
                "LOW",
                named(TOASTER, "Toaster"),
                named(DELIVERY, "Delivery"),
                "PHONE",
                "COMPLAINT",
                named(SOFIA, "Sofia"),
                "boris" + m,
                "bg",
                false,
                false,
                true,
                true));
        docs.add(doc(
                m,
                "2025-03-10",
                "RESOLVED",
                "HIGH",
                named(KETTLE, "Kettle"),
                named(BILLING, "Billing"),
                "EMAIL",
                "QUESTION",
                named(KYIV, "Kyiv"),
                "anna" + m,
                "en",
                true,
                false,
                false,
                true));
        docs.add(doc(
                m,
                "2025-04-10",
                "NEW",
                "NORMAL",
                null,
                null,
                "WEB",
                "REQUEST",
                null,
                null,
                "en",
                false,
                false,
                false,
                false));
        // The customer's sentiment, as the indexer takes it from the analysis (the last ticket has none yet).
        docs.get(0).put("sentiment", "negative");
        docs.get(1).put("sentiment", "positive");
        docs.get(2).put("sentiment", "negative");
        return docs;
    }

    private static Map<String, Object> doc(
            String m,
            String day,
            String status,
            String priority,
            Map<String, Object> product,
            Map<String, Object> category,
            String channel,
            String type,
            Map<String, Object> team,
            String assignee,
            String language,
            boolean slaBreached,
            boolean escalated,
            boolean repeatContact,
            boolean reopened) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("at", Instant.parse(day + "T12:00:00Z"));
        doc.put("subject", "Complaint " + m + " " + status.toLowerCase());
        doc.put("status", status);
        doc.put("priority", priority);
        doc.put("product", product);
        doc.put("category", category);
        doc.put("channel", channel);
        doc.put("type", type);
        doc.put("team", team);
        doc.put("assignee", assignee);
        doc.put("language", language);
        doc.put("slaBreached", slaBreached);
        doc.put("firstResponseBreached", slaBreached);
        doc.put("escalated", escalated);
        doc.put("repeatContact", repeatContact);
        doc.put("reopened", reopened);
        return doc;
    }

    private static Map<String, Object> named(UUID id, String name) {
        return Map.of("id", id.toString(), "name", name);
    }

    private static Map<String, Long> expectedCounts(
            List<Map<String, Object>> docs, Function<Map<String, Object>, Object> value) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> doc : docs) {
            Object v = value.apply(doc);
            if (v != null) {
                counts.merge(String.valueOf(v), 1L, Long::sum);
            }
        }
        return counts;
    }

    private JsonNode search(String params) {
        Api.Reply reply = Api.as(port, Personas.OLGA_AUDITOR).get("/api/v1/search/tickets?size=100&" + params);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private String newestCursor(Api auditor) {
        String m = marker();
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            Instant at = Instant.parse("2025-05-01T00:00:00Z");
            index.add(m, at, Map.of());
            index.add(m, at.plusSeconds(1), Map.of());
            index.flush();
            JsonNode page = auditor.get("/api/v1/search/tickets?size=1&sort=newest&q=" + m)
                    .json();
            return page.get("nextCursor").asString();
        }
    }

    private static Map<String, Long> counts(JsonNode result, String facet) {
        Map<String, Long> counts = new HashMap<>();
        result.get("facets")
                .get(facet)
                .forEach(v ->
                        counts.put(v.get("value").asString(), v.get("count").asLong()));
        counts.values().removeIf(c -> c == 0);
        return counts;
    }

    private static List<String> labels(JsonNode result, String facet) {
        List<String> labels = new ArrayList<>();
        result.get("facets").get(facet).forEach(v -> labels.add(v.get("label").asString()));
        return labels;
    }

    private static List<String> selected(JsonNode result, String facet) {
        List<String> values = new ArrayList<>();
        result.get("facets").get(facet).forEach(v -> {
            if (v.get("selected").asBoolean()) {
                values.add(v.get("value").asString());
            }
        });
        return values;
    }

    private static List<Long> numbersOf(JsonNode result) {
        List<Long> numbers = new ArrayList<>();
        result.get("hits").forEach(h -> numbers.add(h.get("number").asLong()));
        return numbers;
    }

    private Ticket open(String subject, String description) {
        return tickets.open(new TicketDraft(subject, description, "similar@example.com", null), Personas.ANNA_AGENT);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String marker() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
