package org.helpdesk.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.channel.MailLog;
import org.helpdesk.channel.Mailboxes;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.MailServer;
import org.helpdesk.team.Teams;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.helpdesk.web.it.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's e-mail pages and API end to end, against the dev stack's real IMAP server: mailboxes whose
 * password never leaves the server, optimistic versions, the mail log's retry and dismiss, and the templates.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class MailAdminIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/v1/admin/mail";

    @Autowired
    MockMvc mvc;

    @Autowired
    MailLog log;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private final MailServer imap = DevStack.shared().mail();

    @Test
    void adminCreatesAMailboxAndThePasswordIsNeverShownAgain() throws Exception {
        String password = "pw-" + UUID.randomUUID();
        String teamId =
                teams.create("Mail team " + UUID.randomUUID(), null).id().toString();
        String categoryId = catalog.add(Catalog.Kind.CATEGORY, "Mail category " + UUID.randomUUID())
                .id()
                .toString();
        Map<String, Object> body = mailbox("Support " + UUID.randomUUID(), "login", password, false);
        body.put("teamId", teamId);
        body.put("categoryId", categoryId);

        MvcResult created = mvc.perform(api(post(API + "/mailboxes"), body).with(adam()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(API + "/mailboxes/")))
                .andReturn();
        JsonNode box = json(created);
        String id = box.get("id").asString();

        assertThat(created.getResponse().getContentAsString()).doesNotContain(password);
        assertThat(box.get("passwordSet").asBoolean()).isTrue();
        assertThat(box.has("password")).isFalse();
        assertThat(box.get("team").get("id").asString()).isEqualTo(teamId);
        assertThat(box.get("category").get("id").asString()).isEqualTo(categoryId);
        for (String path : List.of(API + "/mailboxes", API + "/mailboxes/" + id)) {
            mvc.perform(get(path).with(adam()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(id)))
                    .andExpect(content().string(not(containsString(password))));
        }
        for (String page : List.of("/admin/mail", "/admin/mail/mailboxes/" + id)) {
            mvc.perform(get(page).with(adam()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(body.get("name").toString())))
                    .andExpect(content().string(not(containsString(password))));
        }
        mvc.perform(get("/admin/mail/mailboxes/" + id).with(adam()))
                .andExpect(content().string(containsString("placeholder=\"unchanged\"")));
        assertThat(auditDetails("MAILBOX_CREATED", id).get("after").get("name").asString())
                .isEqualTo(body.get("name"));
        assertThat(auditsMentioning(password)).isZero();
    }

    @Test
    void aFormEditWithAnEmptyPasswordKeepsTheStoredOne() throws Exception {
        String address = "keep-" + UUID.randomUUID() + "@helpdesk.test";
        String password = "pw-" + UUID.randomUUID();
        imap.addUser(address, address, password);
        String name = "Kept " + UUID.randomUUID();

        String location = mvc.perform(post("/admin/mail/mailboxes")
                        .with(adam())
                        .with(csrf())
                        .param("name", name)
                        .param("address", address)
                        .param("host", imap.host())
                        .param("port", Integer.toString(imap.imapPort()))
                        .param("security", "NONE")
                        .param("username", address)
                        .param("password", password)
                        .param("folder", "INBOX"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(post("/admin/mail/mailboxes/" + id)
                        .with(adam())
                        .with(csrf())
                        .param("version", Long.toString(version(id)))
                        .param("name", name + " renamed")
                        .param("address", address)
                        .param("host", imap.host())
                        .param("port", Integer.toString(imap.imapPort()))
                        .param("security", "NONE")
                        .param("username", address)
                        .param("password", "")
                        .param("folder", "INBOX"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/mail/mailboxes/" + id));

        MvcResult checked = mvc.perform(post("/admin/mail/mailboxes/" + id + "/check")
                        .with(adam())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Mailboxes.ConnectionCheck check =
                (Mailboxes.ConnectionCheck) checked.getFlashMap().get("check");
        assertThat(check.ok()).as(String.valueOf(check.error())).isTrue();
        // The outcome reaches the next page through the HTTP session (in PostgreSQL), as a browser's redirect does.
        Cookie session = checked.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        mvc.perform(get("/admin/mail/mailboxes/" + id).with(adam()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Connected and signed in")))
                .andExpect(content().string(containsString(name + " renamed")))
                .andExpect(content().string(not(containsString(password))));
        assertThat(auditDetails("MAILBOX_CHANGED", id).get("passwordChanged").asBoolean())
                .isFalse();
        assertThat(auditsMentioning(password)).isZero();
    }

    @Test
    void testConnectionReachesTheRealImapServerAndReportsAWrongPassword() throws Exception {
        String address = "check-" + UUID.randomUUID() + "@helpdesk.test";
        imap.addUser(address, address, "right-password");

        String good = create(mailbox("Good " + UUID.randomUUID(), address, "right-password", true));
        JsonNode ok =
                json(mvc.perform(post(API + "/mailboxes/" + good + "/check").with(adam()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(ok.get("ok").asBoolean()).as(ok.toString()).isTrue();
        assertThat(ok.get("unread").asInt()).isZero();

        Map<String, Object> renamed = mailbox("Good renamed " + UUID.randomUUID(), address, null, true);
        renamed.put("version", version(good));
        mvc.perform(api(put(API + "/mailboxes/" + good), renamed).with(adam())).andExpect(status().isOk());
        JsonNode stillOk =
                json(mvc.perform(post(API + "/mailboxes/" + good + "/check").with(adam()))
                        .andReturn());
        assertThat(stillOk.get("ok").asBoolean())
                .as("password kept: " + stillOk)
                .isTrue();

        JsonNode fetched =
                json(mvc.perform(post(API + "/mailboxes/" + good + "/fetch").with(adam()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(fetched.get("stored").asInt()).isZero();
        assertThat(fetched.get("lastPolledAt").isNull()).isFalse();

        String bad = create(mailbox("Bad " + UUID.randomUUID(), address, "wrong-password", false));
        JsonNode failed =
                json(mvc.perform(post(API + "/mailboxes/" + bad + "/check").with(adam()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(failed.get("ok").asBoolean()).isFalse();
        assertThat(failed.get("error").asString()).isNotBlank();
    }

    @Test
    void invalidMailboxesAreRefusedWithTheFieldsNamed() throws Exception {
        JsonNode problem = json(
                mvc.perform(api(post(API + "/mailboxes"), Map.of("port", 70000)).with(adam()))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:invalid-input");
        assertThat(fields(problem)).contains("name", "address", "host", "port", "username", "password");

        mvc.perform(post("/admin/mail/mailboxes")
                        .with(adam())
                        .with(csrf())
                        .param("name", "")
                        .param("address", "not an address")
                        .param("port", "nine"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a valid e-mail address.")))
                .andExpect(content().string(containsString("This value is not valid.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        Map<String, Object> body = mailbox("Stale " + UUID.randomUUID(), "login", "secret", false);
        String id = create(body);
        long read = version(id);

        body.put("version", read);
        body.put("folder", "Support");
        mvc.perform(api(put(API + "/mailboxes/" + id), body).with(adam())).andExpect(status().isOk());

        body.put("folder", "Other");
        JsonNode problem =
                json(mvc.perform(api(put(API + "/mailboxes/" + id), body).with(adam()))
                        .andExpect(status().isConflict())
                        .andReturn());
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:conflict");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(read + 1);

        body.remove("version");
        mvc.perform(api(put(API + "/mailboxes/" + id), body).with(adam())).andExpect(status().isBadRequest());

        mvc.perform(post("/admin/mail/mailboxes/" + id)
                        .with(adam())
                        .with(csrf())
                        .param("version", Long.toString(read))
                        .param("name", body.get("name").toString())
                        .param("address", body.get("address").toString())
                        .param("host", "imap.example.com")
                        .param("username", "login")
                        .param("folder", "Other"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this mailbox")))
                .andExpect(content().string(containsString("value=\"Support\"")));

        mvc.perform(post("/admin/mail/mailboxes/" + id + "/delete").with(adam()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/mail"));
        mvc.perform(get(API + "/mailboxes/" + id).with(adam())).andExpect(status().isNotFound());
    }

    @Test
    void agentsAndAuditorsGetForbiddenOnEveryPageAndCall() throws Exception {
        String id = create(mailbox("Guarded " + UUID.randomUUID(), "login", "secret", false));
        for (RequestPostProcessor someone : List.of(
                user(Personas.ANNA_AGENT).roles("AGENT"),
                user(Personas.OLGA_AUDITOR).roles("AUDITOR"))) {
            for (String page : List.of(
                    "/admin/mail",
                    "/admin/mail/mailboxes/new",
                    "/admin/mail/mailboxes/" + id,
                    "/admin/mail/log",
                    "/admin/mail/templates",
                    "/admin/mail/templates/RECEIVED/en")) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/mail/mailboxes/" + id + "/delete")
                            .with(someone)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            for (String path : List.of(
                    "/mailboxes", "/mailboxes/" + id, "/inbound", "/outbox", "/templates", "/templates/SURVEY/ru")) {
                mvc.perform(get(API + path).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post(API + "/mailboxes/" + id + "/check").with(someone)).andExpect(status().isForbidden());
            mvc.perform(put(API + "/mailboxes/" + id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("not json")
                            .with(someone))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(API + "/templates/SURVEY/ru").with(someone)).andExpect(status().isForbidden());
        }
        mvc.perform(get(API + "/mailboxes/" + id).with(adam())).andExpect(status().isOk());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAndAResetBringsBackTheBuiltInText() throws Exception {
        String path = API + "/templates/RESOLVED/bg";
        JsonNode builtIn = json(mvc.perform(get(path).with(adam())).andReturn());
        assertThat(builtIn.get("custom").asBoolean()).isFalse();
        assertThat(builtIn.get("placeholders").toString()).contains("statusLink");

        try {
            JsonNode refused = json(mvc.perform(api(put(path), Map.of("subject", "{{ticket}}", "body", "{{refund}}"))
                            .with(adam()))
                    .andExpect(status().isBadRequest())
                    .andReturn());
            assertThat(refused.get("errors").toString()).contains("\"field\":\"body\"", "unknown_placeholder");
            mvc.perform(post("/admin/mail/templates/RESOLVED/bg")
                            .with(adam())
                            .with(csrf())
                            .param("subject", "{{ticket}} решено")
                            .param("body", "Здравейте, {{refund}}")
                            .param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("The placeholder {{refund}} is not offered")))
                    .andExpect(content().string(containsString("Здравейте, {{refund}}")));

            JsonNode saved = json(mvc.perform(api(put(path), Map.of("subject", "Решено: {{ticket}}", "body", "Готово."))
                            .with(adam()))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(saved.get("custom").asBoolean()).isTrue();
            JsonNode read = json(mvc.perform(get(path).with(adam())).andReturn());
            assertThat(read.get("subject").asString()).isEqualTo("Решено: {{ticket}}");
            assertThat(read.get("updatedBy").asString()).isEqualTo(Personas.ADAM_ADMIN);
            mvc.perform(get("/admin/mail/templates").with(adam()).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Решено: {{ticket}}")));

            mvc.perform(post("/admin/mail/templates/RESOLVED/bg/reset")
                            .with(adam())
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/admin/mail/templates/RESOLVED/bg"));
            JsonNode again = json(mvc.perform(get(path).with(adam())).andReturn());
            assertThat(again.get("custom").asBoolean()).isFalse();
            assertThat(again.get("subject").asString())
                    .isEqualTo(builtIn.get("subject").asString());
            assertThat(again.get("body").asString())
                    .isEqualTo(builtIn.get("body").asString());
        } finally {
            mvc.perform(delete(path).with(adam())).andExpect(status().isOk());
        }

        mvc.perform(get(API + "/templates/GOODBYE/bg").with(adam()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/templates/RESOLVED/de").with(adam())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail/templates/GOODBYE/bg").with(adam())).andExpect(status().isNotFound());
    }

    @Test
    void aMailWithoutSenderFailsAndIsRetriedDismissedAndDownloadedAsItCame() throws Exception {
        String subject = "No sender " + UUID.randomUUID();
        byte[] raw = ("Message-ID: <" + UUID.randomUUID() + "@helpdesk.test>\r\n"
                        + "To: support@helpdesk.test\r\n"
                        + "Subject: " + subject + "\r\n"
                        + "Date: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n"
                        + "\r\n"
                        + "Who am I?\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(log.receive(null, raw)).isTrue();
        String id = failedMailId(subject);

        JsonNode mail =
                json(mvc.perform(get(API + "/inbound/" + id).with(adam())).andReturn());
        assertThat(mail.get("outcome").asString()).isEqualTo("NO_SENDER");
        mvc.perform(get("/admin/mail/log").param("status", "FAILED").with(adam()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("/admin/mail/log/" + id + "/retry")));
        mvc.perform(get("/admin/mail").with(adam()))
                .andExpect(content().string(containsString("/admin/mail/log?status=FAILED")));

        for (String original : List.of("/admin/mail/log/" + id + "/original", API + "/inbound/" + id + "/original")) {
            MvcResult download = mvc.perform(get(original).with(adam()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("message/rfc822"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string(
                                    "Content-Disposition",
                                    containsString("attachment; filename=\"mail-" + id + ".eml\"")))
                    .andReturn();
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(raw);
        }

        JsonNode retried =
                json(mvc.perform(post(API + "/inbound/" + id + "/retry").with(adam()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(retried.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(auditDetails("MAIL_RETRIED", id).get("from").asString()).isEqualTo("FAILED");

        failedMailId(subject);
        mvc.perform(post("/admin/mail/log/" + id + "/dismiss")
                        .param("status", "FAILED")
                        .with(adam())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/mail/log?status=FAILED"));
        JsonNode dismissed =
                json(mvc.perform(get(API + "/inbound/" + id).with(adam())).andReturn());
        assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
        mvc.perform(post(API + "/inbound/" + id + "/dismiss").with(adam())).andExpect(status().isConflict());
        mvc.perform(get(API + "/inbound").param("status", "SOMETIMES").with(adam()))
                .andExpect(status().isBadRequest());
    }

    /** Processes waiting mail until the one with this subject has failed; its id. */
    private String failedMailId(String subject) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            log.processWaiting();
                            return log.inbound("FAILED", 0, MailLog.MAX_PAGE_SIZE).stream()
                                    .filter(m -> subject.equals(m.subject()))
                                    .findFirst();
                        },
                        found -> found.isPresent())
                .orElseThrow()
                .id()
                .toString();
    }

    private Map<String, Object> mailbox(String name, String username, String password, boolean enabled) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("address", "box-" + UUID.randomUUID() + "@helpdesk.test");
        body.put("host", imap.host());
        body.put("port", imap.imapPort());
        body.put("security", "NONE");
        body.put("username", username);
        if (password != null) {
            body.put("password", password);
        }
        body.put("enabled", enabled);
        return body;
    }

    private String create(Map<String, Object> body) throws Exception {
        return json(mvc.perform(api(post(API + "/mailboxes"), body).with(adam()))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("id")
                .asString();
    }

    private long version(String id) throws Exception {
        return json(mvc.perform(get(API + "/mailboxes/" + id).with(adam())).andReturn())
                .get("version")
                .asLong();
    }

    private JsonNode auditDetails(String action, String targetId) {
        return JSON.readTree(jdbc.sql(
                        "select details::text from audit_log where action = ? and target_id = ? order by id desc limit 1")
                .params(action, targetId)
                .query(String.class)
                .single());
    }

    private long auditsMentioning(String text) {
        return jdbc.sql("select count(*) from audit_log where details::text like ?")
                .param("%" + text + "%")
                .query(Long.class)
                .single();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        for (JsonNode error : problem.get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Map<String, ?> body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor adam() {
        return user(Personas.ADAM_ADMIN).roles("ADMIN");
    }
}
