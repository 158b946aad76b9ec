package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Importing a file that mixes good and bad rows: bad ones reported by line, good ones stored exactly once. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class FeedbackImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor quentin() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }

    @Test
    void goodRowsAreImportedOnceBadRowsReportedAndAReimportStoresNothingNew() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = "id,text,rating,date,product\n"
                + run + "-1,\"Курьер опоздал на три дня, доставка ужасная\",1,2026-11-02 10:00,Доставка\n"
                + run + "-2,\"Fast refund, thank you\",5,2026-11-03,Refunds\n"
                + run + "-3,Оценка не число,five,2026-11-03,\n"
                + run + "-4,Слишком много полей,3,2026-11-03,x,y\n"
                + run + "-5,\"Служителят беше много учтив\",4,03.11.2026,\n"
                + run + "-6,Bad date,2,someday,\n";

        JsonNode uploaded = upload(file, "reviews-" + run + ".csv");
        String id = uploaded.get("job").get("id").asString();
        assertThat(uploaded.get("job").get("totalRows").asInt()).isEqualTo(6);
        assertThat(uploaded.get("job").get("columns").toString())
                .isEqualTo("[\"id\",\"text\",\"rating\",\"date\",\"product\"]");
        assertThat(uploaded.get("head")).hasSize(5);

        String mapping = """
                {"text": "text", "score": "rating", "scale": "CSAT", "date": "date", "product": "product",
                 "externalId": "id", "defaultChannel": "app-store"}""";
        JsonNode preview = postJson("/api/v1/feedback/imports/" + id + "/preview", mapping, 200);
        assertThat(preview.get("valid").asInt()).isEqualTo(3);
        assertThat(preview.get("rejected").asInt()).isEqualTo(3);
        assertThat(preview.get("problems").toString())
                .contains("\"line\":4", "is not a number", "\"line\":5", "\"line\":7", "not understood");
        assertThat(count(run)).as("a preview stores nothing").isZero();

        postJson("/api/v1/feedback/imports/" + id + "/start", mapping, 202);
        JsonNode done = awaitFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("imported").asInt()).isEqualTo(3);
        assertThat(done.get("rejected").asInt()).isEqualTo(3);
        assertThat(done.get("problems")).hasSize(3);
        assertThat(count(run)).isEqualTo(3);
        assertThat(jdbc.sql("select product_label || '|' || channel || '|' || kind || score from feedback_item"
                                + " where external_id = ?")
                        .param(run + "-1")
                        .query(String.class)
                        .single())
                .isEqualTo("Доставка|app-store|CSAT1");
        postJson("/api/v1/feedback/imports/" + id + "/start", mapping, 409);

        String again = upload(file, "again.csv").get("job").get("id").asString();
        postJson("/api/v1/feedback/imports/" + again + "/start", mapping, 202);
        JsonNode second = awaitFinished(again);
        assertThat(second.get("imported").asInt()).isZero();
        assertThat(second.get("duplicates").asInt()).isEqualTo(3);
        assertThat(count(run)).as("stored exactly once").isEqualTo(3);
    }

    @Test
    void badFilesAndMappingsAreRefusedWithProblems() throws Exception {
        mvc.perform(multipart("/api/v1/feedback/imports")
                        .file(new MockMultipartFile(
                                "file", "x.csv", "text/csv", "id,text\n1,\"open".getBytes(StandardCharsets.UTF_8)))
                        .with(quentin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("never ends")));
        mvc.perform(multipart("/api/v1/feedback/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
                        .with(quentin()))
                .andExpect(status().isBadRequest());
        String id =
                upload("id,text\n1,hello\n", "small.csv").get("job").get("id").asString();
        postJson("/api/v1/feedback/imports/" + id + "/preview", "{\"text\": \"comment\"}", 400);
        postJson("/api/v1/feedback/imports/" + id + "/preview", "{\"text\": \"text\", \"score\": \"id\"}", 400);
        postJson("/api/v1/feedback/imports/" + id + "/preview", "{not json", 400);
        mvc.perform(get("/api/v1/feedback/imports/" + UUID.randomUUID()).with(quentin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/imports")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesUploadMapPreviewAndShowProgress() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String jsonl =
                "{\"id\": \"" + run + "-a\", \"rating\": 2, \"text\": \"<script>alert(1)</script> Долго ждал\"}\n"
                        + "{\"id\": \"" + run + "-b\", \"rating\": 5, \"text\": \"Всё отлично\"}\n";
        String location = mvc.perform(multipart("/feedback/import")
                        .file(new MockMultipartFile(
                                "file", "r.jsonl", "application/x-ndjson", jsonl.getBytes(StandardCharsets.UTF_8)))
                        .with(quentin())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(quentin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"rating\" selected=\"selected\">")))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(post(location)
                        .with(quentin())
                        .with(csrf())
                        .param("action", "preview")
                        .param("text", "text")
                        .param("score", "rating")
                        .param("scale", "CSAT")
                        .param("externalId", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Of 2 rows, 2 would be imported and 0 not.")));
        mvc.perform(post(location)
                        .with(quentin())
                        .with(csrf())
                        .param("action", "preview")
                        .param("text", "nope"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the file has no column")));
        mvc.perform(post(location)
                        .with(quentin())
                        .with(csrf())
                        .param("action", "start")
                        .param("text", "text")
                        .param("score", "rating")
                        .param("scale", "CSAT")
                        .param("externalId", "id"))
                .andExpect(status().is3xxRedirection());
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitFinished(id);
        mvc.perform(get(location).with(quentin()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("2 imported")));
        mvc.perform(get("/feedback/import").with(quentin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("r.jsonl")));
    }

    private JsonNode upload(String content, String name) throws Exception {
        String body = mvc.perform(multipart("/api/v1/feedback/imports")
                        .file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .with(quentin()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private JsonNode postJson(String path, String json, int expected) throws Exception {
        String body = mvc.perform(post(path)
                        .with(quentin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private JsonNode awaitFinished(String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = JSON.readTree(
                    mvc.perform(get("/api/v1/feedback/imports/" + id).with(quentin()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish within 30 s");
    }

    private long count(String run) {
        return jdbc.sql("select count(*) from feedback_item where source = 'IMPORT' and external_id like ?")
                .param(run + "-%")
                .query(Long.class)
                .single();
    }
}
