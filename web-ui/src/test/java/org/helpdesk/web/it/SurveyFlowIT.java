package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.SurveyLink;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A customer whose ticket was resolved answers the survey from the link, without signing in; the
 * answer is stored once and analysed in the background. Partners post feedback through the API.
 */
@HelpdeskIntegrationTest
class SurveyFlowIT {

    private static final String COMPLAINT = "Доставка задержалась на неделю, очень недоволен";

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void resolvedTicketsCustomerAnswersOnceAndTheAnswerIsAnalysed() throws Exception {
        JsonNode ticket = openAndResolve("ivan.survey." + UUID.randomUUID() + "@example.com");
        UUID ticketId = UUID.fromString(ticket.get("id").asString());
        assertThat(jdbc.sql("select count(*) from survey_invitation where ticket_id = ?")
                        .param(ticketId)
                        .query(Long.class)
                        .single())
                .as("resolving invites the customer")
                .isPositive();

        // Only the hash of the logged link is stored, so the test issues its own link for the same ticket.
        SurveyLink link = surveys.invite(tickets.get(ticket.get("reference").asString()), "ru")
                .get(0);
        String path = link.url().getPath();
        Browser customer = new Browser();

        HttpResponse<String> page = customer.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Как мы справились", "type=\"radio\"", "name=\"score\"");

        JsonNode csatBefore = todaysCsat();
        HttpResponse<String> thanks = customer.post(path, Map.of("score", "1", "comment", COMPLAINT));
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("Спасибо");

        HttpResponse<String> again = customer.post(path, Map.of("score", "5", "comment", "передумал"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("уже ответили");
        assertThat(customer.get(path).body()).contains("уже ответили");

        List<UUID> items = jdbc.sql("select id from feedback_item where ticket_id = ? and source = 'SURVEY'")
                .param(ticketId)
                .query(UUID.class)
                .list();
        assertThat(items).as("the second answer is not stored").hasSize(1);

        FeedbackItem.Analysis analysis = awaitAnalysis(items.get(0));
        assertThat(analysis.sentiment()).isEqualTo("negative");
        assertThat(analysis.themes()).contains("delivery");

        // The answer counts in today's CSAT: one answer more, and a 1 of 5 pulls the mean down (or sets it).
        JsonNode csatAfter = todaysCsat();
        long answersBefore = csatBefore.path("base").asLong();
        assertThat(csatAfter.get("base").asLong()).isEqualTo(answersBefore + 1);
        double sumBefore = answersBefore == 0 ? 0 : csatBefore.get("value").asDouble() * answersBefore;
        assertThat(csatAfter.get("value").asDouble())
                .isCloseTo((sumBefore + 1) / (answersBefore + 1), org.assertj.core.data.Offset.offset(0.01));
    }

    /** Today's CSAT figure from the report API, as a quality manager reads it. */
    private JsonNode todaysCsat() {
        Api.Reply reply = Api.as(port, Personas.QUENTIN_QUALITY).get("/api/v1/reports?period=day");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode kpi : reply.json().get("kpis")) {
            if (kpi.get("kpi").asString().equals("CSAT")) {
                return kpi.get("current");
            }
        }
        throw new AssertionError("no CSAT in " + reply.body());
    }

    @Test
    void unknownAndTamperedLinksGetAFriendlyNotFoundPage() throws Exception {
        Browser stranger = new Browser();
        HttpResponse<String> unknown = stranger.get("/survey/" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Exception").contains("survey-main");
        assertThat(stranger.get("/survey/not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void feedbackApiStoresAnItemOnceAndRefusesBadInput() {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api.Reply bad = anna.post(
                "/api/v1/feedback",
                "[{\"kind\":\"NPS\",\"score\":11,\"comment\":\"x\"},{\"kind\":\"STARS\",\"score\":1}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.json().get("errors").toString()).contains("[0].score", "[1].kind");
        assertThat(anna.post("/api/v1/feedback", "{\"score\":\"lots\"}").status())
                .isEqualTo(400);

        String externalId = "crm-" + UUID.randomUUID();
        String item = "{\"kind\":\"CSAT\",\"score\":5,\"comment\":\"Thank you, the courier was very friendly\","
                + "\"language\":\"en\",\"externalId\":\"" + externalId + "\"}";
        Api.Reply created = anna.post("/api/v1/feedback", item);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("ids").get(0).asString();
        Api.Reply repeated = anna.post("/api/v1/feedback", "[" + item + "]");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("ids").get(0).asString()).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from feedback_item where external_id = ?")
                        .param(externalId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .post("/api/v1/feedback", item)
                        .status())
                .isEqualTo(403);
        Api.Reply listed = Api.as(port, Personas.QUENTIN_QUALITY).get("/api/v1/feedback?size=100");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id);
        assertThat(anna.get("/api/v1/feedback").status()).isEqualTo(403);
    }

    @Test
    void qualityManagerSeesFeedbackAndThemesPages() throws Exception {
        Api.as(port, Personas.ANNA_AGENT)
                .post(
                        "/api/v1/feedback",
                        "{\"comment\":\"<b>Курьер</b> опоздал, доставка ужасная\",\"language\":\"ru\"}");
        Browser quentin = new Browser();
        quentin.get("/login");
        quentin.post("/login", Map.of("username", Personas.QUENTIN_QUALITY, "password", Personas.PASSWORD));
        HttpResponse<String> list = quentin.get("/feedback");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("&lt;b&gt;Курьер").doesNotContain("<b>Курьер");
        assertThat(quentin.get("/feedback?sentiment=negative&theme=delivery").statusCode())
                .isEqualTo(200);
        assertThat(quentin.get("/feedback/themes").statusCode()).isEqualTo(200);
    }

    private JsonNode openAndResolve(String email) {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Map<String, Object> draft = new HashMap<>();
        draft.put("subject", "Посылка не пришла");
        draft.put("description", "Клиент ждёт посылку уже неделю");
        draft.put("customerEmail", email);
        draft.put("customerName", "Иван Петров");
        draft.put("channel", "PHONE");
        draft.put("type", "COMPLAINT");
        draft.put("language", "ru");
        Api.Reply opened = anna.postJson("/api/v1/tickets", draft);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json();
        String ref = ticket.get("reference").asString();
        Api.Reply resolved = anna.postJson(
                "/api/v1/tickets/" + ref + "/status",
                Map.of("version", ticket.get("version").asLong(), "status", "RESOLVED"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return resolved.json();
    }

    private FeedbackItem.Analysis awaitAnalysis(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            String label = jdbc.sql("select sentiment_label from feedback_item where id = ?")
                    .param(id)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (label != null) {
                return jdbc.sql("select sentiment_label, themes::text from feedback_item where id = ?")
                        .param(id)
                        .query((rs, n) -> new FeedbackItem.Analysis(
                                rs.getString(1), 0, 0, "[]", "[]", themeIds(rs.getString(2)), Instant.now(), null))
                        .single();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("feedback item " + id + " was not analysed in time");
    }

    private static List<String> themeIds(String themes) {
        Matcher m = Pattern.compile("\"theme\"\\s*:\\s*\"([^\"]+)\"").matcher(themes);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** A customer's browser: keeps its cookies and sends the form's CSRF token back. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private String csrf = "";

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new HashMap<>(fields);
            all.put("_csrf", csrf);
            StringBuilder form = new StringBuilder();
            all.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
