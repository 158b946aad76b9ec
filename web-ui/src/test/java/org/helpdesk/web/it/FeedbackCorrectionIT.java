package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.feedback.Feedback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** A quality manager corrects the analyzer: the label wins everywhere, is audited and becomes a training label. */
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
