package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.feedback.ActiveAnalyzer;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.ThemeTaxonomies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quality manager edits the theme taxonomy: a new theme is in force at once, every item is analysed again with it,
 * and emerging keywords can be taken into a theme with one click. Each test puts the taxonomy back as it found it.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class ThemeTaxonomyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Feedback feedback;

    @Autowired
    ThemeTaxonomies taxonomies;

    @Autowired
    ActiveAnalyzer active;

    @Autowired
    Reanalysis reanalysis;

    private ThemeTaxonomy before;

    @BeforeEach
    void remember() {
        before = taxonomies.current();
    }

    @AfterEach
    void restore() {
        taxonomies.save(ThemeTaxonomies.drafts(before), "restored by ThemeTaxonomyIT", null, "it");
    }

    @Test
    void aNewThemeIsInForceAtOnceAndEveryItemIsAnalysedAgainWithIt() {
        ThemeTaxonomy withoutPackaging = ThemeTaxonomy.of(before.themes().stream()
                .filter(t -> !t.id().equals("packaging"))
                .toList());
        if (!withoutPackaging.equals(before)) {
            taxonomies.save(ThemeTaxonomies.drafts(withoutPackaging), null, null, "it");
        }
        UUID item = seed("Упаковка была порвана", "ru");
        FeedbackItem analysed = await().atMost(Duration.ofSeconds(60))
                .until(() -> feedback.find(item).orElseThrow(), i -> i.analysis() != null);
        assertThat(analysed.effectiveThemes()).doesNotContain("packaging");

        ThemeTaxonomy.Theme packaging = new ThemeTaxonomy.Theme(
                "packaging", Map.of(Language.RUSSIAN, List.of("упаковка"), Language.ENGLISH, List.of("packaging")));
        Map<String, Object> body = taxonomyJson(withoutPackaging.with(packaging));
        body.put("note", "Packaging complaints since the new supplier");
        body.put("version", taxonomies.currentVersion());
        Api.Reply saved = quentin().send("PUT", "/api/v1/feedback/taxonomy", JSON.writeValueAsString(body));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode result = saved.json();
        int version = result.get("version").asInt();
        assertThat(result.get("changed").asBoolean()).isTrue();
        assertThat(result.get("change").get("addedThemes").toString()).isEqualTo("[\"packaging\"]");
        assertThat(result.get("reanalysis").get("reason").asString()).isEqualTo("taxonomy version " + version);
        assertThat(active.taxonomy().themes()).contains(packaging);
        Api.Reply stale = quentin().send("PUT", "/api/v1/feedback/taxonomy", JSON.writeValueAsString(body));
        assertThat(stale.status()).as("based on the version before").isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(version);
        JsonNode current = quentin().get("/api/v1/feedback/taxonomy").json();
        assertThat(current.get("version").asInt()).isEqualTo(version);
        assertThat(current.get("themes").toString()).contains("\"packaging\"", "упаковка");
        assertThat(quentin()
                        .get("/api/v1/feedback/taxonomy/history")
                        .json()
                        .get(0)
                        .toString())
                .contains("\"version\":" + version, Personas.QUENTIN_QUALITY, "new supplier");
        assertThat(jdbc.sql("select details -> 'addedThemes' ->> 0 from audit_log"
                                + " where action = 'FEEDBACK_TAXONOMY_CHANGED' and target_id = ? and actor = ?")
                        .params(String.valueOf(version), Personas.QUENTIN_QUALITY)
                        .query(String.class)
                        .list())
                .containsExactly("packaging");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(reanalysis.latest().orElseThrow().status()).isEqualTo("DONE");
            assertThat(feedback.find(item).orElseThrow().effectiveThemes()).contains("packaging");
        });
    }

    @Test
    void aFrequentUnseenKeywordEmergesAndOneClickPutsItIntoATheme() throws Exception {
        String word = "зуброфон" + randomConsonants();
        List<String> texts = List.of(
                "%s снова завис после обновления",
                "Когда наконец починят %s?",
                "%s не открывается третий день подряд",
                "Без %s работать невозможно",
                "Мой %s показывает пустой экран",
                "Вчера %s удалил все заметки",
                "Зачем вы поменяли %s",
                "%s тормозит на старом телефоне",
                "Коллеги жалуются на %s",
                "Новый %s совсем неудобный",
                "Верните старый %s пожалуйста",
                "%s просит пароль каждый час");
        for (String text : texts) {
            seed(text.formatted(word), "ru");
        }

        JsonNode topic = emergingTopic(word);
        assertThat(topic).as("%s among the emerging topics", word).isNotNull();
        assertThat(topic.get("items").asInt()).isEqualTo(texts.size());
        assertThat(topic.get("quotes")).hasSize(3);
        JsonNode quote = topic.get("quotes").get(0);
        assertThat(quote.get("text")
                        .asString()
                        .substring(quote.get("start").asInt(), quote.get("end").asInt()))
                .isEqualToIgnoringCase(word);
        mvc.perform(get("/feedback/emerging").with(quentinOnPages()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>" + word + "</mark>")));

        mvc.perform(post("/feedback/emerging/add")
                        .with(quentinOnPages())
                        .with(csrf())
                        .param("theme", "website_app")
                        .param("language", "ru")
                        .param("keyword", word)
                        .param("days", "30"))
                .andExpect(redirectedUrl("/feedback/emerging?days=30"))
                .andExpect(flash().attribute("notice", "taxonomy.saved"));

        assertThat(active.taxonomy().themes().stream()
                        .filter(t -> t.id().equals("website_app"))
                        .findFirst()
                        .orElseThrow()
                        .keywords(Language.RUSSIAN))
                .contains(word);
        assertThat(emergingTopic(word)).as("covered by a theme now").isNull();
        mvc.perform(post("/feedback/emerging/add")
                        .with(quentinOnPages())
                        .with(csrf())
                        .param("theme", "website_app")
                        .param("language", "ru")
                        .param("keyword", word))
                .andExpect(flash().attribute("problems", List.of("keyword_exists")));
    }

    @Test
    void anInvalidTaxonomyIsRefusedWithTheFieldsNamed() throws Exception {
        int version = taxonomies.currentVersion();
        String body = """
                {"themes": [
                  {"id": "Late Delivery", "keywords": {"ru": ["  "]}},
                  {"id": "delivery", "keywords": {"en": ["courier"]}},
                  {"id": "delivery", "keywords": {"en": ["%s"]}}
                ]}""".formatted("x".repeat(61));

        Api.Reply refused = quentin().send("PUT", "/api/v1/feedback/taxonomy", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").toString())
                .contains(
                        "{\"field\":\"themes[0].id\",\"code\":\"invalid_id\"",
                        "{\"field\":\"themes[0].keywords\",\"code\":\"no_keywords\"",
                        "{\"field\":\"themes[2].id\",\"code\":\"duplicate\"",
                        "{\"field\":\"themes[2].keywords.en\",\"code\":\"too_long\"");
        assertThat(quentin()
                        .send("PUT", "/api/v1/feedback/taxonomy", "{\"themes\": []}")
                        .status())
                .isEqualTo(400);

        mvc.perform(post("/feedback/taxonomy")
                        .with(quentinOnPages())
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("id", "delivery", "Bad Id", "")
                        .param("ru", "курьер", "что-то", "")
                        .param("bg", "", "", "")
                        .param("en", "courier", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bad Id")))
                .andExpect(content().string(containsString("Use 2 to 40 lower-case Latin letters")));
        assertThat(taxonomies.currentVersion()).isEqualTo(version);
    }

    @Test
    void theEditorShowsTheThemesAndSavesTheForm() throws Exception {
        mvc.perform(get("/feedback/taxonomy").with(quentinOnPages()).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Темы и ключевые слова")))
                .andExpect(content().string(containsString("delivery")));

        ThemeTaxonomy withObsolete =
                before.with(new ThemeTaxonomy.Theme("obsolete", Map.of(Language.ENGLISH, List.of("fax machine"))));
        taxonomies.save(ThemeTaxonomies.drafts(withObsolete), null, null, "it");
        List<String> ids = new ArrayList<>();
        List<String> ru = new ArrayList<>();
        List<String> bg = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (ThemeTaxonomy.Theme theme : withObsolete.themes()) {
            ids.add(theme.id());
            ru.add(String.join(", ", theme.keywords(Language.RUSSIAN)));
            bg.add(String.join("\n", theme.keywords(Language.BULGARIAN)));
            en.add(String.join(", ", theme.keywords(Language.ENGLISH)));
        }
        ids.add("loyalty");
        ru.add("бонусы, кэшбэк\nкарта лояльности");
        bg.add("");
        en.add("");
        mvc.perform(post("/feedback/taxonomy")
                        .with(quentinOnPages())
                        .with(csrf())
                        .param("version", String.valueOf(taxonomies.currentVersion()))
                        .param("id", ids.toArray(String[]::new))
                        .param("ru", ru.toArray(String[]::new))
                        .param("bg", bg.toArray(String[]::new))
                        .param("en", en.toArray(String[]::new))
                        .param("remove", String.valueOf(ids.indexOf("obsolete")))
                        .param("note", "loyalty programme"))
                .andExpect(redirectedUrl("/feedback/taxonomy"))
                .andExpect(flash().attribute("notice", "taxonomy.saved"));

        ThemeTaxonomy loyalty = before.with(new ThemeTaxonomy.Theme(
                "loyalty", Map.of(Language.RUSSIAN, List.of("бонусы", "кэшбэк", "карта лояльности"))));
        assertThat(active.taxonomy()).isEqualTo(loyalty);
        mvc.perform(get("/feedback/taxonomy").with(quentinOnPages()))
                .andExpect(content().string(containsString("loyalty programme")))
                .andExpect(content().string(containsString("<progress")));
    }

    @Test
    void onlyQualityManagersAndAdministratorsChangeTheTaxonomy() throws Exception {
        for (RequestPostProcessor someone : List.of(
                user(Personas.ANNA_AGENT).roles("AGENT"),
                user(Personas.OLGA_AUDITOR).roles("AUDITOR"))) {
            mvc.perform(get("/feedback/taxonomy").with(someone)).andExpect(status().isForbidden());
            mvc.perform(get("/feedback/emerging").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/feedback/emerging/new")
                            .with(someone)
                            .with(csrf())
                            .param("id", "sneaky")
                            .param("language", "en")
                            .param("keyword", "sneaky"))
                    .andExpect(status().isForbidden());
        }
        String body = JSON.writeValueAsString(taxonomyJson(before));
        for (String someone : List.of(Personas.ANNA_AGENT, Personas.OLGA_AUDITOR)) {
            assertThat(Api.as(port, someone)
                            .send("PUT", "/api/v1/feedback/taxonomy", body)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .get("/api/v1/feedback/emerging")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .get("/api/v1/feedback/taxonomy")
                        .status())
                .isEqualTo(200);
        mvc.perform(get("/feedback/taxonomy").with(user(Personas.ADAM_ADMIN).roles("ADMIN")))
                .andExpect(status().isOk());
        assertThat(active.taxonomy()).isEqualTo(before);
    }

    private JsonNode emergingTopic(String word) {
        Api.Reply reply = quentin().get("/api/v1/feedback/emerging?days=30&limit=100");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode language : reply.json().get("languages")) {
            for (JsonNode topic : language.get("topics")) {
                if (language.get("language").asString().equals("ru")
                        && topic.get("keyword").asString().equals(word)) {
                    return topic;
                }
            }
        }
        return null;
    }

    private UUID seed(String comment, String language) {
        Map<String, String> item =
                Map.of("comment", comment, "language", language, "externalId", "taxonomy-it-" + UUID.randomUUID());
        Api.Reply reply = Api.as(port, Personas.ANNA_AGENT).postJson("/api/v1/feedback", item);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().get("ids").get(0).asString());
    }

    private static Map<String, Object> taxonomyJson(ThemeTaxonomy taxonomy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("themes", JSON.readValue(taxonomy.toJson(), Map.class).get("themes"));
        return body;
    }

    private static String randomConsonants() {
        String consonants = "бвгджзклмнпрстфхцчшщ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return sb.toString();
    }

    private Api quentin() {
        return Api.as(port, Personas.QUENTIN_QUALITY);
    }

    private static RequestPostProcessor quentinOnPages() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }
}
