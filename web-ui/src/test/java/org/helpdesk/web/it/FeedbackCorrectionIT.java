package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.TrainingExample;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.Reanalysis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A quality manager corrects the analyzer: the label or the themes win everywhere, are audited and become training
 * labels.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class FeedbackCorrectionIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Feedback feedback;

    @Autowired
    Reanalysis reanalysis;

    @Test
    void aCorrectionOverridesTheAnalyzerIsAuditedAndBecomesATrainingLabel() {
        String comment = "Честно говоря, ожидал худшего " + UUID.randomUUID();
        String id = Api.as(port, Personas.ANNA_AGENT)
                .post("/api/v1/feedback", "{\"comment\":\"" + comment + "\",\"language\":\"ru\"}")
                .json()
                .get("ids")
                .get(0)
                .asString();
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply corrected = quentin.send("PUT", "/api/v1/feedback/" + id + "/label", "{\"label\": \"positive\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode item = corrected.json();
        assertThat(item.get("sentiment").asString()).isEqualTo("positive");
        assertThat(item.get("correction").get("by").asString()).isEqualTo(Personas.QUENTIN_QUALITY);

        // The analyzer (re)writes its own label later: the correction still wins.
        jdbc.sql("update feedback_item set sentiment_label = 'negative', analyzed_at = now() where id = ?::uuid")
                .param(id)
                .update();
        JsonNode positives =
                quentin.get("/api/v1/feedback?sentiment=positive&size=100").json();
        assertThat(positives.get("items").toString()).contains(id);
        assertThat(quentin.get("/api/v1/feedback?sentiment=negative&size=100")
                        .json()
                        .get("items")
                        .toString())
                .doesNotContain(id);

        assertThat(jdbc.sql("select details ->> 'label' from audit_log where action = 'FEEDBACK_LABEL_CORRECTED'"
                                + " and target_id = ? and actor = ?")
                        .params(id, Personas.QUENTIN_QUALITY)
                        .query(String.class)
                        .list())
                .containsExactly("positive");
        assertThat(feedback.trainingExamples(10_000)).anySatisfy(example -> {
            assertThat(example.text()).isEqualTo(comment);
            assertThat(example.sentiment()).isEqualTo(SentimentLabel.POSITIVE);
        });
    }

    @Test
    void correctedThemesWinEverywhereSurviveReanalysisAreAuditedAndBecomeTrainingLabels() throws Exception {
        String comment = "Курьер привёз заказ на неделю позже обещанного " + UUID.randomUUID();
        UUID id = UUID.fromString(Api.as(port, Personas.ANNA_AGENT)
                .post("/api/v1/feedback", "{\"comment\":\"" + comment + "\",\"language\":\"ru\"}")
                .json()
                .get("ids")
                .get(0)
                .asString());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> feedback.find(id).orElseThrow().analysis() != null);
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply corrected = quentin.send(
                "PUT", "/api/v1/feedback/" + id + "/themes", "{\"themes\": [\"refunds\", \"price_fees\"]}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("themes").toString()).isEqualTo("[\"refunds\",\"price_fees\"]");
        assertThat(corrected.json().get("themeCorrection").get("by").asString()).isEqualTo(Personas.QUENTIN_QUALITY);
        assertThat(itemsWithTheme(quentin, "refunds")).contains(id.toString());
        assertThat(itemsWithTheme(quentin, "delivery")).doesNotContain(id.toString());
        assertThat(feedback.themeVolumes())
                .anySatisfy(v -> assertThat(v.theme()).isEqualTo("price_fees"));

        Instant correctedAt = feedback.find(id).orElseThrow().themeCorrection().at();
        reanalysis.restart("theme correction test", "it");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            FeedbackItem item = feedback.find(id).orElseThrow();
            assertThat(item.analysis().analyzedAt()).isAfter(correctedAt);
            assertThat(item.effectiveThemes()).containsExactly("refunds", "price_fees");
        });
        assertThat(itemsWithTheme(quentin, "refunds")).contains(id.toString());

        assertThat(jdbc.sql("select details ->> 'themes' from audit_log where action = 'FEEDBACK_THEMES_CORRECTED'"
                                + " and target_id = ? and actor = ?")
                        .params(id.toString(), Personas.QUENTIN_QUALITY)
                        .query(String.class)
                        .list())
                .singleElement()
                .satisfies(themes -> assertThat(themes).contains("refunds", "price_fees"));
        assertThat(feedback.themeTrainingExamples(10_000))
                .filteredOn(example -> example.text().equals(comment))
                .extracting(TrainingExample::theme)
                .containsExactlyInAnyOrder("refunds", "price_fees");

        mvc.perform(post("/feedback/" + id + "/themes")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                        .with(csrf())
                        .param("theme", "delivery")
                        .param("back", "/feedback?page=0&theme=delivery"))
                .andExpect(redirectedUrl("/feedback?page=0&theme=delivery"));
        assertThat(feedback.find(id).orElseThrow().effectiveThemes()).containsExactly("delivery");
        mvc.perform(get("/feedback")
                        .param("theme", "delivery")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER")))
                .andExpect(content().string(containsString(comment)))
                .andExpect(content().string(containsString("themes corrected by " + Personas.QUENTIN_QUALITY)));
        // Nothing ticked is a correction too: the item has no theme.
        mvc.perform(post("/feedback/" + id + "/themes")
                .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                .with(csrf()));
        assertThat(feedback.find(id).orElseThrow().effectiveThemes()).isEmpty();
        assertThat(feedback.find(id).orElseThrow().themesCorrected()).isTrue();
    }

    @Test
    void badThemesUnknownItemsAndOtherRolesAreRefused() {
        String id = Api.as(port, Personas.ANNA_AGENT)
                .post("/api/v1/feedback", "{\"comment\":\"Wrong theme " + UUID.randomUUID() + "\"}")
                .json()
                .get("ids")
                .get(0)
                .asString();
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply unknown = quentin.send("PUT", "/api/v1/feedback/" + id + "/themes", "{\"themes\": [\"aliens\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("themes");
        assertThat(quentin.send("PUT", "/api/v1/feedback/" + id + "/themes", "{}")
                        .status())
                .isEqualTo(400);
        assertThat(quentin.send("PUT", "/api/v1/feedback/" + UUID.randomUUID() + "/themes", "{\"themes\": []}")
                        .status())
                .isEqualTo(404);
        for (String someone : java.util.List.of(Personas.ANNA_AGENT, Personas.OLGA_AUDITOR)) {
            assertThat(Api.as(port, someone)
                            .send("PUT", "/api/v1/feedback/" + id + "/themes", "{\"themes\": []}")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(feedback.find(UUID.fromString(id)).orElseThrow().themesCorrected())
                .isFalse();
    }

    private static String itemsWithTheme(Api as, String theme) {
        return as.get("/api/v1/feedback?size=100&theme=" + theme)
                .json()
                .get("items")
                .toString();
    }

    @Test
    void badLabelsUnknownItemsAndOtherRolesAreRefused() throws Exception {
        String id = Api.as(port, Personas.ANNA_AGENT)
                .post("/api/v1/feedback", "{\"comment\":\"Slow answer " + UUID.randomUUID() + "\"}")
                .json()
                .get("ids")
                .get(0)
                .asString();
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        assertThat(quentin.send("PUT", "/api/v1/feedback/" + id + "/label", "{\"label\": \"angry\"}")
                        .status())
                .isEqualTo(400);
        assertThat(quentin.send("PUT", "/api/v1/feedback/" + id + "/label", "{}")
                        .status())
                .isEqualTo(400);
        assertThat(quentin.send("PUT", "/api/v1/feedback/" + UUID.randomUUID() + "/label", "{\"label\": \"neutral\"}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .send("PUT", "/api/v1/feedback/" + id + "/label", "{\"label\": \"neutral\"}")
                        .status())
                .isEqualTo(403);

        mvc.perform(post("/feedback/" + id + "/label")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                        .with(csrf())
                        .param("label", "negative")
                        .param("back", "/feedback?page=0&sentiment=negative"))
                .andExpect(redirectedUrl("/feedback?page=0&sentiment=negative"));
        mvc.perform(post("/feedback/" + id + "/label")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                        .with(csrf())
                        .param("label", "neutral")
                        .param("back", "https://evil.example/"))
                .andExpect(redirectedUrl("/feedback"));
        assertThat(quentin.get("/api/v1/feedback?sentiment=neutral&size=100")
                        .json()
                        .get("items")
                        .toString())
                .contains(id);
    }
}
