package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.helpdesk.feedback.ActiveAnalyzer;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackDraft;
import org.helpdesk.feedback.FeedbackSource;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.RecordedFeedback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A quality manager trains a sentiment model from labelled feedback, compares it with the analyzer in force, activates
 * it (all feedback is re-analysed, corrections kept) and goes back to the built-in model. The comments are received on
 * a day in 2003 nobody else's feedback is, so training on that period sees exactly these.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class SentimentModelsIT {

    private static final LocalDate DAY = LocalDate.of(2003, 3, 14);
    private static final String PERIOD = "{\"from\": \"2003-03-13\", \"to\": \"2003-03-15\"}";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final List<String> RU_NEGATIVE = List.of(
            "Заказ %d так и не пришёл, поддержка молчит уже неделю",
            "Ужасное обслуживание, по обращению %d никто не перезвонил",
            "Деньги за заказ %d списали дважды, возврата до сих пор нет");
    private static final List<String> RU_NEUTRAL = List.of(
            "Уточнил статус заказа %d, ответили по регламенту",
            "Обращение %d закрыто, вопрос был про оформление документов", "Оператор передал заявку %d в другой отдел");
    private static final List<String> RU_POSITIVE = List.of(
            "Спасибо огромное, проблему с заказом %d решили за пять минут!",
            "Отличная поддержка, оператор очень вежливо помог с заказом %d",
            "Быстро и понятно ответили по обращению %d, всё супер");
    private static final List<String> EN_NEGATIVE = List.of(
            "Order %d never arrived and nobody answers my emails",
            "Terrible service, I was charged twice for order %d and still no refund",
            "Waited hours on the phone about ticket %d, then the call dropped");
    private static final List<String> EN_NEUTRAL = List.of(
            "Asked about the status of order %d and got the standard reply",
            "Request %d was forwarded to the billing department", "Changed the delivery address for order %d");
    private static final List<String> EN_POSITIVE = List.of(
            "Thank you so much, the agent fixed order %d in five minutes!",
            "Great support, really friendly help with ticket %d",
            "Quick and clear answer about order %d, excellent service");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Feedback feedback;

    @Autowired
    ActiveAnalyzer analyzer;

    @Autowired
    Reanalysis reanalysis;

    @Test
    void aTrainedModelIsComparedActivatedWithReanalysisAndUndone() throws Exception {
        String channel = "models-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> russianNeutral = seed(channel);
        List<UUID> corrected = russianNeutral.subList(0, 3);
        corrected.forEach(id -> feedback.correct(id, "negative", Personas.QUENTIN_QUALITY));
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        String versionBefore = analyzer.version();

        Api.Reply trained = quentin.post("/api/v1/feedback/models", PERIOD);
        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        JsonNode model = trained.json();
        String id = model.get("id").asString();
        String version = model.get("version").asString();
        assertThat(quentin.get("/api/v1/feedback/models/" + id)
                        .json()
                        .get("version")
                        .asString())
                .isEqualTo(version);
        assertThat(model.get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(model.get("examples").asInt()).isEqualTo(90);
        assertThat(model.get("labelCounts").toString())
                .contains("{\"language\":\"ru\",\"negative\":18,\"neutral\":12,\"positive\":15}")
                .contains("{\"language\":\"en\",\"negative\":15,\"neutral\":15,\"positive\":15}");
        double cv = model.get("cvMacroF1").asDouble();
        double current = model.get("currentMacroF1").asDouble();
        assertThat(cv).isBetween(0.0, 1.0).isPositive();
        assertThat(current).isBetween(0.0, 1.0);
        assertThat(model.get("difference").asDouble()).isCloseTo(cv - current, within(1e-9));
        assertThat(model.get("verdict").asString()).isIn("BETTER", "WORSE", "SAME");
        assertThat(model.get("currentVersion").asString()).isEqualTo(versionBefore);
        assertThat(model.get("report").asString()).contains("cross-validation", "Current analyzer", "ru: 45");
        assertThat(model.has("content")).isFalse();
        assertThat(quentin.get("/api/v1/feedback/models").body()).contains(id);
        mvc.perform(get("/feedback/models").with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(version)))
                .andExpect(content().string(containsString("Train new model")));

        Api.Reply activated = quentin.post("/api/v1/feedback/models/" + id + "/activate", "");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(analyzer.version()).startsWith(version);
        assertThat(activated.json().get("model").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(audited("SENTIMENT_MODEL_ACTIVATED", id)).isEqualTo(1);
        UUID job = UUID.fromString(activated.json().get("reanalysis").get("id").asString());
        assertThat(activated.json().get("reanalysis").get("reason").asString()).contains(version);
        mvc.perform(get("/feedback/models").with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trained model " + version)))
                .andExpect(content().string(containsString("Back to the built-in model")));
        awaitDone(job);
        assertThat(modelVersions(channel)).hasSize(90).allMatch(v -> v.startsWith(version), "analysed with " + version);
        assertThat(correctedLabels(corrected)).containsOnly("negative");
        corrected.forEach(c ->
                assertThat(feedback.find(c).orElseThrow().effectiveSentiment()).isEqualTo("negative"));

        Api.Reply builtIn = quentin.post("/api/v1/feedback/models/built-in/activate", "");
        assertThat(builtIn.status()).as(builtIn.body()).isEqualTo(200);
        assertThat(analyzer.version()).startsWith("built-in");
        assertThat(quentin.get("/api/v1/feedback/models/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RETIRED");
        assertThat(audited("SENTIMENT_MODEL_DEACTIVATED", id)).isEqualTo(1);
        awaitDone(UUID.fromString(builtIn.json().get("reanalysis").get("id").asString()));
        assertThat(modelVersions(channel)).hasSize(90).allMatch(v -> v.startsWith("built-in"), "analysed built-in");
        assertThat(correctedLabels(corrected)).containsOnly("negative");

        mvc.perform(post("/feedback/models")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                        .with(csrf())
                        .param("from", "2003-03-13")
                        .param("to", "2003-03-15"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "models.trainedNotice"));
        assertThat(analyzer.version()).startsWith("built-in");
    }

    @Test
    void withoutEnoughLabelledFeedbackNothingIsTrained() throws Exception {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        long models = jdbc.sql("select count(*) from sentiment_model")
                .query(Long.class)
                .single();

        Api.Reply empty = quentin.post("/api/v1/feedback/models", "{\"from\": \"1991-01-01\", \"to\": \"1991-12-31\"}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        JsonNode error = empty.json().get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("not_enough_labels");
        assertThat(error.get("message").asString()).contains("at least 40", "ru 0", "en 0");

        Api.Reply reversed =
                quentin.post("/api/v1/feedback/models", "{\"from\": \"2003-03-15\", \"to\": \"2003-03-13\"}");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").get(0).get("code").asString()).isEqualTo("period_reversed");

        mvc.perform(post("/feedback/models")
                        .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                        .with(csrf())
                        .param("from", "1991-01-01")
                        .param("to", "1991-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is not enough labelled feedback")));
        assertThat(jdbc.sql("select count(*) from sentiment_model")
                        .query(Long.class)
                        .single())
                .isEqualTo(models);
    }

    @Test
    void aSecondReanalysisWhileOneRunsIsAConflict() throws Exception {
        reanalysis.latest().filter(Reanalysis.Job::running).ifPresent(j -> awaitDone(j.id()));
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply started = quentin.post("/api/v1/feedback/reanalysis", "{\"reason\": \"checking the conflict\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        UUID job = UUID.fromString(started.json().get("id").asString());
        assertThat(quentin.get("/api/v1/feedback/reanalysis/" + job)
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("checking the conflict");
        // Holding the job's row keeps the worker (it skips locked jobs) from finishing it meanwhile.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select =
                    lock.prepareStatement("select id from feedback_reanalysis where id = ? for update")) {
                select.setObject(1, job);
                select.executeQuery().close();
            }
            assertThat(reanalysis.job(job).orElseThrow().running()).isTrue();
            Api.Reply again = quentin.post("/api/v1/feedback/reanalysis", "");
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(quentin.get("/api/v1/feedback/reanalysis")
                            .json()
                            .get("id")
                            .asString())
                    .isEqualTo(job.toString());
            mvc.perform(post("/feedback/models/reanalysis")
                            .with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/feedback/models"))
                    .andExpect(flash().attribute("error", "models.reanalysisRunning"));
            lock.rollback();
        }
        awaitDone(job);
        assertThat(quentin.get("/api/v1/feedback/reanalysis/" + job)
                        .json()
                        .get("percent")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void agentsAndAuditorsCannotTrainActivateOrReanalyse() throws Exception {
        for (String persona : List.of(Personas.ANNA_AGENT, Personas.OLGA_AUDITOR)) {
            Api api = Api.as(port, persona);
            assertThat(api.get("/api/v1/feedback/models").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/feedback/models", "{}").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/feedback/models/" + UUID.randomUUID()).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/feedback/models/" + UUID.randomUUID() + "/activate", "")
                            .status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/feedback/models/built-in/activate", "").status())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/feedback/reanalysis").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/feedback/reanalysis", "").status()).isEqualTo(403);
        }
        mvc.perform(get("/feedback/models").with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/feedback/models").with(user(Personas.OLGA_AUDITOR).roles("AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/feedback/models/built-in/activate")
                        .with(user(Personas.OLGA_AUDITOR).roles("AUDITOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/feedback/models")
                        .param("lang", "ru")
                        .with(user(Personas.ADAM_ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Модели тональности")));
        assertThat(Api.as(port, Personas.QUENTIN_QUALITY)
                        .get("/api/v1/feedback/models/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    /** 15 CSAT-scored comments per label in Russian and in English; returns the Russian neutral ones. */
    private List<UUID> seed(String channel) {
        int number = 10_000 + (int) (Math.random() * 80_000);
        List<FeedbackDraft> drafts = new ArrayList<>();
        Map<Integer, List<String>> russian = Map.of(1, RU_NEGATIVE, 3, RU_NEUTRAL, 5, RU_POSITIVE);
        Map<Integer, List<String>> english = Map.of(2, EN_NEGATIVE, 3, EN_NEUTRAL, 4, EN_POSITIVE);
        for (int score : List.of(1, 3, 5)) {
            for (int i = 0; i < 15; i++) {
                drafts.add(
                        draft("ru", score, russian.get(score).get(i % 3).formatted(number++), channel, drafts.size()));
            }
        }
        for (int score : List.of(2, 3, 4)) {
            for (int i = 0; i < 15; i++) {
                drafts.add(
                        draft("en", score, english.get(score).get(i % 3).formatted(number++), channel, drafts.size()));
            }
        }
        List<RecordedFeedback> recorded = feedback.record(drafts, FeedbackSource.API);
        assertThat(recorded).allMatch(RecordedFeedback::created);
        return recorded.subList(15, 30).stream().map(RecordedFeedback::id).toList();
    }

    private static FeedbackDraft draft(String language, int score, String comment, String channel, int n) {
        Instant received = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC).plusSeconds(n);
        return new FeedbackDraft("CSAT", score, comment, language, channel, null, null, null, null, received, null);
    }

    private List<String> modelVersions(String channel) {
        return jdbc.sql("select coalesce(model_version, 'none') from feedback_item where channel = ?")
                .param(channel)
                .query(String.class)
                .list();
    }

    private List<String> correctedLabels(List<UUID> ids) {
        return ids.stream()
                .map(id -> jdbc.sql("select corrected_label from feedback_item where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .toList();
    }

    private long audited(String action, String target) {
        return jdbc.sql("select count(*) from audit_log where action = ? and target_id = ? and actor = ?")
                .params(action, target, Personas.QUENTIN_QUALITY)
                .query(Long.class)
                .single();
    }

    private void awaitDone(UUID job) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (reanalysis.job(job).orElseThrow().running()) {
            assertThat(Instant.now()).as("re-analysis %s still running", job).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(reanalysis.job(job).orElseThrow().status()).isEqualTo("DONE");
    }
}
