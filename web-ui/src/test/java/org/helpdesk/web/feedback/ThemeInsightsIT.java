package org.helpdesk.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackDraft;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.FeedbackSource;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.i18n.DateDisplay;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.helpdesk.web.it.Personas;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality manager's themes view and drivers over the real analyzer and database. Every item of this test has a
 * channel of its own, so the channel filter keeps other tests' feedback out of the figures.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeInsightsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHANNEL =
            "it-ins-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    MockMvc mvc;

    @Autowired
    Feedback feedback;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DateDisplay dates;

    @Autowired
    Tickets tickets;

    @Autowired
    Teams teams;

    private final List<UUID> delivery = new ArrayList<>();
    private final List<UUID> earlierDelivery = new ArrayList<>();
    private LocalDate from = LocalDate.MIN;
    private LocalDate to = LocalDate.MIN;
    private UUID teamId = new UUID(0, 0);
    private long ticketNumber;

    /**
     * This period (the last 14 days): 7 delivery complaints with CSAT 1–2 (5 English, 2 Russian about a ticket of a
     * team of their own), 6 other comments with CSAT 4–5, one comment whose delivery theme a quality manager corrected
     * away, and one whose comment tries to inject a script. The 14 days before: 3 delivery comments.
     */
    @BeforeAll
    void seed() {
        to = LocalDate.now(dates.organisationZone());
        from = to.minusDays(13);
        Instant now = Instant.now();
        Instant recent = now.minus(Duration.ofDays(2));
        Instant earlier = now.minus(Duration.ofDays(20));
        Team team = teams.create("Insights " + CHANNEL, null);
        teamId = team.id().value();
        Ticket ticket = tickets.open(
                new TicketDraft(
                        "Parcel late",
                        "Where is my parcel?",
                        CHANNEL + "@example.com",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        teamId.toString(),
                        null,
                        null,
                        "ru"),
                Personas.ADAM_ADMIN);
        ticketNumber = ticket.number();

        int[] lowScores = {1, 2, 1, 2, 1};
        for (int score : lowScores) {
            delivery.add(
                    record("CSAT", score, "Terrible delivery, the parcel arrived a week late.", "en", null, recent));
        }
        delivery.add(record(
                "CSAT",
                2,
                "Ужасная доставка, посылка пришла на неделю позже.",
                "ru",
                ticket.id().value(),
                recent));
        delivery.add(record(
                "CSAT",
                1,
                "Доставка снова опоздала, курьер не приехал.",
                "ru",
                ticket.id().value(),
                recent));
        for (int score : new int[] {5, 5, 4, 5, 5, 4}) {
            record("CSAT", score, "Great support, thank you, everything works now.", "en", null, recent);
        }
        UUID correctedAway = record(null, null, "The delivery of the invoice by e-mail was late.", "en", null, recent);
        UUID script = record(null, null, "<script>alert('x')</script> The website is broken.", "en", null, recent);
        earlierDelivery.add(record("CSAT", 2, "The delivery was late again.", "en", null, earlier));
        earlierDelivery.add(record("CSAT", 1, "Terrible delivery, the courier lost the parcel.", "en", null, earlier));
        earlierDelivery.add(record("CSAT", 5, "Fast delivery, thank you!", "en", null, earlier));

        List<UUID> all = new ArrayList<>(delivery);
        all.addAll(earlierDelivery);
        all.add(correctedAway);
        all.add(script);
        all.forEach(this::awaitAnalysis);
        jdbc.sql(
                        "update feedback_item set corrected_themes = cast(? as jsonb), themes_corrected_by = ?, themes_corrected_at = now() where id = ?")
                .params(
                        "[{\"theme\": \"communication\", \"sentiment\": \"negative\", \"confidence\": 1.0,"
                                + " \"evidence\": [\"e-mail\"]}]",
                        Personas.QUENTIN_QUALITY,
                        correctedAway)
                .update();
        jdbc.sql(
                        "update feedback_item set corrected_themes = cast(? as jsonb), themes_corrected_by = ?, themes_corrected_at = now() where id = ?")
                .params(
                        "[{\"theme\": \"website_app\", \"sentiment\": \"negative\", \"confidence\": 1.0,"
                                + " \"evidence\": [\"website\"]}]",
                        Personas.QUENTIN_QUALITY,
                        script)
                .update();
        // The quality manager disagrees with the analyzer on one complaint: the correction is what counts.
        feedback.correct(delivery.get(0), "positive", Personas.QUENTIN_QUALITY);
    }

    @Test
    void deliveryThemeHasItsVolumeMoodAndChangeAgainstThePreviousPeriod() throws Exception {
        assertThat(themesOf(delivery))
                .as("the analyzer sees delivery in every complaint")
                .allMatch(t -> t.contains("delivery"));
        assertThat(themesOf(earlierDelivery)).allMatch(t -> t.contains("delivery"));

        JsonNode overview = api("/api/v1/feedback/themes", "");
        JsonNode theme = theme(overview, "delivery");

        long negative = negatives(delivery);
        long negativeBefore = negatives(earlierDelivery);
        assertThat(negative).as("the correction to positive counts").isLessThan(delivery.size());
        assertThat(theme.get("volume").asLong()).isEqualTo(7);
        assertThat(theme.get("negativePercent").asDouble()).isEqualTo(round(100.0 * negative / 7));
        assertThat(theme.get("negativePercent").asDouble()
                        + theme.get("neutralPercent").asDouble()
                        + theme.get("positivePercent").asDouble())
                .isBetween(99.8, 100.2);
        assertThat(theme.get("previousVolume").asLong()).isEqualTo(3);
        assertThat(theme.get("volumeChange").asLong()).isEqualTo(4);
        assertThat(theme.get("volumeChangePercent").asDouble()).isEqualTo(133.3);
        assertThat(theme.get("negativeChange").asDouble())
                .isEqualTo(round(100.0 * negative / 7 - 100.0 * negativeBefore / 3));
        assertThat(overview.get("previousTo").asString())
                .isEqualTo(from.minusDays(1).toString());

        JsonNode trend = theme.get("trend");
        assertThat(trend).hasSize(14);
        long trendTotal = 0;
        for (JsonNode point : trend) {
            trendTotal += point.get("volume").asLong();
        }
        assertThat(trendTotal).isEqualTo(7);
        assertThat(theme.get("keywords")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(theme.get("quotes")).hasSize(3);
        assertThat(theme.get("quotes").get(0).get("evidence")).isNotEmpty();

        assertThat(themeIds(overview))
                .as("corrected themes win over the analyzer's")
                .contains("communication");
        assertThat(theme(overview, "communication").get("volume").asLong()).isEqualTo(1);
    }

    @Test
    void deliveryPullsCsatDownBeyondChance() throws Exception {
        JsonNode drivers = api("/api/v1/feedback/drivers", "");

        assertThat(drivers.get("csatAnswers").asLong()).isEqualTo(13);
        assertThat(drivers.get("npsAnswers").asLong()).isZero();
        JsonNode first = drivers.get("csat").get(0);
        assertThat(first.get("theme").asString()).isEqualTo("delivery");
        assertThat(first.get("effect").asString()).isEqualTo("HURTS");
        JsonNode impact = first.get("impact");
        assertThat(impact.get("withCount").asLong()).isEqualTo(7);
        assertThat(impact.get("withoutCount").asLong()).isEqualTo(6);
        assertThat(impact.get("with").asDouble()).isEqualTo(1.43);
        assertThat(impact.get("without").asDouble()).isEqualTo(4.67);
        assertThat(impact.get("difference").asDouble()).isEqualTo(-3.24);
        assertThat(impact.get("low").asDouble()).isLessThan(-3.24);
        assertThat(impact.get("high").asDouble()).isBetween(-3.24, 0.0);
    }

    @Test
    void languageTeamAndScoreFiltersNarrowTheItems() throws Exception {
        assertThat(theme(api("/api/v1/feedback/themes", "&language=ru"), "delivery")
                        .get("volume")
                        .asLong())
                .isEqualTo(2);
        assertThat(theme(api("/api/v1/feedback/themes", "&team=" + teamId), "delivery")
                        .get("volume")
                        .asLong())
                .isEqualTo(2);
        assertThat(theme(api("/api/v1/feedback/themes", "&kind=CSAT&maxScore=2"), "delivery")
                        .get("volume")
                        .asLong())
                .isEqualTo(7);
        JsonNode satisfied = theme(api("/api/v1/feedback/themes", "&kind=CSAT&minScore=4"), "delivery");
        assertThat(satisfied.get("volume").asLong())
                .as("no satisfied delivery answer now")
                .isZero();
        assertThat(satisfied.get("previousVolume").asLong()).as("one before").isEqualTo(1);
        assertThat(satisfied.get("volumeChangePercent").asDouble()).isEqualTo(-100.0);
        assertThat(satisfied.get("quotes")).isEmpty();
        JsonNode fewAnswers = api("/api/v1/feedback/drivers", "&language=ru");
        assertThat(fewAnswers.get("csat").get(0).get("effect").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(fewAnswers.get("csat").get(0).get("impact").get("difference").isNull())
                .isTrue();
    }

    @Test
    void pageHighlightsEvidenceEscapesCommentsAndLinksToItemsAndTickets() throws Exception {
        String page = page("/feedback/themes", "");
        assertThat(page).containsIgnoringCase("<mark>delivery</mark>");
        assertThat(page).contains("<mark>website</mark>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(page).doesNotContain("<script>alert");
        assertThat(page).contains("href=\"/feedback?theme=delivery\"");
        assertThat(page).contains("<svg class=\"spark\"").contains("<polyline points=");

        String teamPage = page("/feedback/themes", "&team=" + teamId);
        assertThat(teamPage).contains("href=\"/tickets/HD-" + ticketNumber + "\"");

        String drivers = page("/feedback/drivers", "");
        assertThat(drivers).contains("data-theme=\"delivery\" data-effect=\"HURTS\"");
        assertThat(drivers).contains("<svg class=\"driver\"");
        assertThat(page("/feedback/drivers", "&language=ru")).contains("Not enough data");
    }

    @Test
    void emptyFiltersShowEmptyStates() throws Exception {
        assertThat(page("/feedback/themes", "&language=bg")).contains("No analysed feedback matches these filters.");
        assertThat(page("/feedback/drivers", "&language=bg"))
                .contains("No commented CSAT or NPS answers match these filters.");
    }

    @Test
    void badFiltersAreRefusedAndOnlyQualityManagersSeeThePages() throws Exception {
        MvcResult bad = mvc.perform(as(get("/api/v1/feedback/themes?from=2025-13-01"), "QUALITY_MANAGER"))
                .andExpect(status().isBadRequest())
                .andReturn();
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"from\"");
        mvc.perform(as(get("/api/v1/feedback/drivers?kind=CSAT&minScore=9"), "QUALITY_MANAGER"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/feedback/themes?from=2025-03-10&to=2025-03-01"), "QUALITY_MANAGER"))
                .andExpect(status().isBadRequest());

        mvc.perform(as(get("/feedback/themes"), "AGENT")).andExpect(status().isForbidden());
        mvc.perform(as(get("/feedback/drivers"), "AGENT")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/feedback/themes"), "AGENT")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/feedback/drivers"), "AGENT")).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/feedback/drivers"), "AUDITOR")).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/feedback/themes"), "AUDITOR")).andExpect(status().isOk());
        mvc.perform(as(get("/feedback/themes?team=" + teamId + "&product=nothing"), "QUALITY_MANAGER"))
                .andExpect(status().isOk());
        mvc.perform(as(get("/feedback/themes"), "ADMIN")).andExpect(status().isOk());
    }

    private UUID record(
            @Nullable String kind,
            @Nullable Integer score,
            String comment,
            String language,
            @Nullable UUID ticket,
            Instant receivedAt) {
        FeedbackDraft draft = new FeedbackDraft(
                kind,
                score,
                comment,
                language,
                CHANNEL,
                null,
                ticket,
                null,
                null,
                receivedAt,
                CHANNEL + "-" + UUID.randomUUID());
        return feedback.record(List.of(draft), FeedbackSource.API).get(0).id();
    }

    private void awaitAnalysis(UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (feedback.find(id).map(FeedbackItem::analysis).isEmpty()) {
            assertThat(Instant.now()).as("item %s analysed in time", id).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<List<String>> themesOf(List<UUID> ids) {
        return ids.stream()
                .map(id -> feedback.find(id).orElseThrow().analysis().themes())
                .toList();
    }

    private long negatives(List<UUID> ids) {
        return ids.stream()
                .filter(id -> "negative".equals(feedback.find(id).orElseThrow().effectiveSentiment()))
                .count();
    }

    private String filter(String more) {
        return "?channel=" + CHANNEL + "&from=" + from + "&to=" + to + more;
    }

    private JsonNode api(String path, String more) throws Exception {
        MvcResult result = mvc.perform(as(get(path + filter(more)), "QUALITY_MANAGER"))
                .andExpect(status().isOk())
                .andReturn();
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String path, String more) throws Exception {
        return mvc.perform(as(get(path + filter(more)), "QUALITY_MANAGER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
        String persona = switch (role) {
            case "AGENT" -> Personas.ANNA_AGENT;
            case "AUDITOR" -> Personas.OLGA_AUDITOR;
            case "ADMIN" -> Personas.ADAM_ADMIN;
            default -> Personas.QUENTIN_QUALITY;
        };
        return request.with(user(persona).roles(role));
    }

    private static JsonNode theme(JsonNode overview, String id) {
        for (JsonNode theme : overview.get("themes")) {
            if (theme.get("theme").asString().equals(id)) {
                return theme;
            }
        }
        throw new AssertionError("no theme " + id + " in " + overview);
    }

    private static List<String> themeIds(JsonNode overview) {
        List<String> ids = new ArrayList<>();
        overview.get("themes").forEach(t -> ids.add(t.get("theme").asString()));
        return ids;
    }

    private static double round(double value) {
        return java.math.BigDecimal.valueOf(value)
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
