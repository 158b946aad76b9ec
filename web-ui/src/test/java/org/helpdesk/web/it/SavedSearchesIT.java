package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Saved searches: everyone who may search keeps their own (an auditor too), shares some, sees their own and the
 * shared ones but never others' private ones, runs them again from a link, and deletes only their own (an
 * administrator anyone's). Creating and deleting are in the audit trail.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class SavedSearchesIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void ownAndSharedSearchesAreListedButNotOthersPrivateOnes() {
        JsonNode olgas =
                save(Personas.OLGA_AUDITOR, "Late refunds " + tag, "q=refund+late&status=open&sort=newest", true);
        JsonNode annas = save(Personas.ANNA_AGENT, "My queue " + tag, "assignee=anna.agent", false);

        assertThat(olgas.get("href").asString()).isEqualTo("/search?q=refund+late&status=open&sort=newest");
        assertThat(olgas.get("search").asString()).isEqualTo("q=refund+late&status=open&sort=newest");
        assertThat(olgas.get("shared").asBoolean()).isTrue();
        assertThat(names(Personas.OLGA_AUDITOR)).contains("Late refunds " + tag).doesNotContain("My queue " + tag);
        assertThat(names(Personas.ANNA_AGENT)).contains("Late refunds " + tag, "My queue " + tag);
        assertThat(names(Personas.QUENTIN_QUALITY))
                .contains("Late refunds " + tag)
                .doesNotContain("My queue " + tag);
        List<String> annasList = names(Personas.ANNA_AGENT);
        assertThat(annasList.indexOf("My queue " + tag))
                .as("own searches come first")
                .isLessThan(annasList.indexOf("Late refunds " + tag));
        assertThat(annas.get("mine").asBoolean()).isTrue();
    }

    @Test
    void savedSearchRunsAgainFromItsLink() throws Exception {
        JsonNode saved = save(Personas.OLGA_AUDITOR, "Closed " + tag, "q=parcel&status=CLOSED&from=2025-01-01", false);

        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .get("/api/v1/search/tickets?" + saved.get("search").asString())
                        .status())
                .isEqualTo(200);
        String href = saved.get("href").asString();
        mvc.perform(get("/search").param("q", tag).with(olgaOnPages()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Closed " + tag)))
                .andExpect(content().string(containsString(href.replace("&", "&amp;"))));
    }

    @Test
    void onlyTheOwnerDeletesASearchUnlessAnAdministratorDoes() {
        JsonNode shared = save(Personas.OLGA_AUDITOR, "Shared " + tag, "q=refund", true);
        JsonNode hidden = save(Personas.OLGA_AUDITOR, "Private " + tag, "q=refund", false);
        JsonNode annas = save(Personas.ANNA_AGENT, "Anna's " + tag, "q=parcel", false);
        Api anna = Api.as(port, Personas.ANNA_AGENT);

        assertThat(anna.send("DELETE", "/api/v1/search/saved/" + id(shared), null)
                        .status())
                .isEqualTo(403);
        assertThat(anna.send("DELETE", "/api/v1/search/saved/" + id(hidden), null)
                        .status())
                .isEqualTo(404);
        assertThat(anna.send("DELETE", "/api/v1/search/saved/" + UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .send("DELETE", "/api/v1/search/saved/" + id(hidden), null)
                        .status())
                .isEqualTo(204);
        assertThat(Api.as(port, Personas.ADAM_ADMIN)
                        .send("DELETE", "/api/v1/search/saved/" + id(annas), null)
                        .status())
                .isEqualTo(204);
        assertThat(names(Personas.OLGA_AUDITOR)).contains("Shared " + tag).doesNotContain("Private " + tag);
        assertThat(names(Personas.ANNA_AGENT)).doesNotContain("Anna's " + tag);

        JsonNode deleted = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=SAVED_SEARCH_DELETED&targetId=" + id(annas))
                .json()
                .get("items");
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).get("actor").asString()).isEqualTo(Personas.ADAM_ADMIN);
        assertThat(deleted.get(0).get("details").get("owner").asString()).isEqualTo(Personas.ANNA_AGENT);
        JsonNode created = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=SAVED_SEARCH_CREATED&targetId=" + id(shared))
                .json()
                .get("items");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("details").get("shared").asBoolean()).isTrue();
    }

    @Test
    void invalidSearchesAreRefusedWithTheFieldNamed() {
        Api olga = Api.as(port, Personas.OLGA_AUDITOR);
        save(Personas.OLGA_AUDITOR, "Twice " + tag, "q=a", false);

        assertInvalid(olga.postJson("/api/v1/search/saved", Map.of("name", " ", "search", "q=a")), "name");
        assertInvalid(olga.postJson("/api/v1/search/saved", Map.of("name", "x".repeat(101), "search", "q=a")), "name");
        assertInvalid(olga.postJson("/api/v1/search/saved", Map.of("name", "TWICE " + tag, "search", "q=b")), "name");
        assertInvalid(
                olga.postJson("/api/v1/search/saved", Map.of("name", "Bad " + tag, "search", "status=bogus")),
                "status");
        String tooLong = IntStream.range(0, 45)
                .mapToObj(i -> "assignee=" + "a".repeat(88) + (10 + i))
                .collect(Collectors.joining("&"));
        assertInvalid(
                olga.postJson("/api/v1/search/saved", Map.of("name", "Long " + tag, "search", tooLong)), "search");
        assertThat(olga.post("/api/v1/search/saved", "{not json").status()).isEqualTo(400);
        assertThat(names(Personas.OLGA_AUDITOR)).contains("Twice " + tag).doesNotContain("Bad " + tag);
    }

    @Test
    void searchPageSavesTheCurrentSearchAndDeletesItAfterConfirmation() throws Exception {
        mvc.perform(post("/search/saved")
                        .param("q", "parcel")
                        .param("status", "OPEN")
                        .param("cursor", "ignored")
                        .param("name", "From the page " + tag)
                        .param("shared", "true")
                        .with(olgaOnPages())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/search?q=parcel&status=OPEN"));
        JsonNode saved = find(Personas.OLGA_AUDITOR, "From the page " + tag);
        assertThat(saved.get("shared").asBoolean()).isTrue();

        mvc.perform(get("/search").param("q", tag).with(olgaOnPages()))
                .andExpect(content().string(containsString("/search/saved/" + id(saved) + "/delete")))
                .andExpect(content().string(containsString("data-confirm=")));
        mvc.perform(get("/search")
                        .param("q", tag)
                        .with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(content().string(containsString("From the page " + tag)))
                .andExpect(content().string(not(containsString("/search/saved/" + id(saved) + "/delete"))));
        mvc.perform(post("/search/saved/" + id(saved) + "/delete")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/search/saved/" + id(saved) + "/delete")
                        .with(olgaOnPages())
                        .with(csrf()))
                .andExpect(redirectedUrl("/search"));
        assertThat(names(Personas.OLGA_AUDITOR)).doesNotContain("From the page " + tag);

        mvc.perform(post("/search/saved")
                        .param("q", "parcel")
                        .param("name", "")
                        .with(olgaOnPages())
                        .with(csrf()))
                .andExpect(redirectedUrl("/search?q=parcel"))
                .andExpect(flash().attributeExists("saveErrors"));
    }

    private JsonNode save(String who, String name, String search, boolean shared) {
        Api.Reply reply = Api.as(port, who)
                .postJson("/api/v1/search/saved", Map.of("name", name, "search", search, "shared", shared));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private List<String> names(String who) {
        Api.Reply reply = Api.as(port, who).get("/api/v1/search/saved");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        reply.json().forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    private JsonNode find(String who, String name) {
        for (JsonNode s : Api.as(port, who).get("/api/v1/search/saved").json()) {
            if (s.get("name").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no saved search " + name);
    }

    private static void assertInvalid(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }

    private static String id(JsonNode saved) {
        return saved.get("id").asString();
    }

    private static RequestPostProcessor olgaOnPages() {
        return user(Personas.OLGA_AUDITOR).roles("AUDITOR");
    }
}
