package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditRecord;
import org.helpdesk.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail end to end: changes, searches and sign-ins are recorded with who, what and from where;
 * the chain survives concurrent appends and exposes a tampered row; auditors read but never write.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class AuditTrailIT {

    private static final UUID PLACEHOLDER_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final Set<RequestMethod> WRITES =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditTrail trail;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Api olga() {
        return Api.as(port, Personas.OLGA_AUDITOR);
    }

    @Test
    void openingATicketIsRecordedWithWhoWhatAndFromWhere() {
        Api.Reply created = Api.as(port, Personas.ANNA_AGENT)
                .postJson(
                        "/api/v1/tickets",
                        Map.of("subject", "Audited kettle", "description", "Broken", "customerEmail", "a@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();

        JsonNode entries = entries("targetType=ticket&targetId=" + reference);

        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("actor").asString()).isEqualTo(Personas.ANNA_AGENT);
        assertThat(entry.get("action").asString()).isEqualTo("TICKET_CREATED");
        assertThat(entry.get("source").asString()).isEqualTo("127.0.0.1");
        assertThat(entry.get("details").get("ticketId").asString())
                .isEqualTo(created.json().get("id").asString());
        assertThat(entry.get("hash").asString()).hasSize(64);
    }

    @Test
    void searchesThroughTheApiAndThePageAreRecordedWithTheQuery() throws Exception {
        String marker = "audited" + UUID.randomUUID().toString().substring(0, 8);
        olga().search(marker + " refund");
        mvc.perform(get("/search").param("q", marker + " page").with(olgaOnPages()));

        JsonNode entries = entries("actor=" + Personas.OLGA_AUDITOR + "&action=SEARCH&size=200");

        List<String> queries = new ArrayList<>();
        entries.forEach(
                // a visit of the search page without words is a search too, with no q
                e -> queries.add(e.get("details").get("parameters").path("q").asString("")));
        assertThat(queries).contains(marker + " refund", marker + " page");
        JsonNode apiSearch = entries.get(queries.indexOf(marker + " refund"));
        assertThat(apiSearch.get("details").get("channel").asString()).isEqualTo("api");
        assertThat(apiSearch.get("source").asString()).isEqualTo("127.0.0.1");
        assertThat(entries.get(queries.indexOf(marker + " page"))
                        .get("details")
                        .get("channel")
                        .asString())
                .isEqualTo("web");
    }

    @Test
    void signInsAndFailedSignInsAreRecordedWithTheAddress() throws Exception {
        mvc.perform(formLogin("/login").user(Personas.ANNA_AGENT).password(Personas.PASSWORD))
                .andExpect(redirectedUrl("/tickets"));
        mvc.perform(formLogin("/login").user(Personas.ANNA_AGENT).password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.as(port, stranger).get("/api/v1/tickets").status()).isEqualTo(401);

        JsonNode signIn =
                entries("actor=" + Personas.ANNA_AGENT + "&action=SIGN_IN").get(0);
        JsonNode failed = entries("actor=" + Personas.ANNA_AGENT + "&action=SIGN_IN_FAILED")
                .get(0);
        JsonNode apiFailure = entries("actor=" + stranger).get(0);

        assertThat(signIn.get("source").asString()).isEqualTo("127.0.0.1");
        assertThat(failed.get("details").get("reason").asString()).isEqualTo("BadCredentialsException");
        assertThat(apiFailure.get("action").asString()).isEqualTo("SIGN_IN_FAILED");
        assertThat(apiFailure.get("details").get("channel").asString()).isEqualTo("api");
    }

    @Test
    void verifyFindsExactlyTheTamperedEntryAndIsOkOnceItIsRestored() throws Exception {
        String target = UUID.randomUUID().toString();
        AuditRecord victim = trail.record(
                AuditEntry.of("it", "TEST_ENTRY", "test", target, Map.of("note", "original", "amount", 10)));
        trail.record(AuditEntry.of("it", "TEST_ENTRY", "test", target, Map.of("note", "after")));
        String original = jdbc.sql("select details::text from audit_log where id = ?")
                .param(victim.id())
                .query(String.class)
                .single();

        assertThat(verify().get("ok").asBoolean()).isTrue();
        try {
            rewriteDetails(victim.id(), "{\"note\": \"original\", \"amount\": 1000}");

            JsonNode broken = verify();
            assertThat(broken.get("ok").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenId").asLong()).isEqualTo(victim.id());
            assertThat(broken.get("problem").asString()).isEqualTo("content_mismatch");
            mvc.perform(get("/audit/verify").with(olgaOnPages()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Broken at entry " + victim.id())));
        } finally {
            rewriteDetails(victim.id(), original);
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        trail.record(AuditEntry.of("it", "TEST_ENTRY", "test", null, Map.of()));

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasMessageContaining("append-only");
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        String target = UUID.randomUUID().toString();
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.record(
                                AuditEntry.of("it", "TEST_ENTRY", "test", target, Map.of("thread", thread, "i", i)));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<String> prevHashes = jdbc.sql("select prev_hash from audit_log where target_id = ?")
                .param(target)
                .query(String.class)
                .list();
        assertThat(prevHashes).hasSize(threads * perThread).doesNotHaveDuplicates();
        JsonNode result = verify();
        assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
    }

    /** Everyone, auditors too, may choose how their own pages look; that changes no helpdesk data. */
    /**
     * Writes that touch only the caller's own things, never the product's data: the time zone, saved searches
     * (an auditor keeps their own searches like a preference) and background exports of a search (a read; the
     * job row only holds the caller's file).
     */
    private static final Set<String> OWN_PREFERENCES = Set.of(
            "PUT /api/v1/me/time-zone",
            "POST /account/time-zone",
            "POST /api/v1/search/saved",
            "PUT /api/v1/search/saved/" + PLACEHOLDER_ID,
            "DELETE /api/v1/search/saved/" + PLACEHOLDER_ID,
            "POST /search/saved",
            "POST /search/saved/" + PLACEHOLDER_ID + "/delete",
            "POST /search/exports");

    @Test
    void auditorGetsForbiddenOnEveryApiEndpointThatWrites() {
        long ticketsBefore = count("ticket");
        List<String> checked = new ArrayList<>();
        List<String> notForbidden = new ArrayList<>();

        for (Endpoint endpoint : writeEndpoints(true)) {
            if (OWN_PREFERENCES.contains(endpoint.toString())) {
                continue;
            }
            if (Api.anonymous(port)
                            .send(endpoint.method(), endpoint.path(), "{}")
                            .status()
                    != 401) {
                continue; // open to anyone, e.g. a customer's survey answer: not something an auditor may do as such
            }
            Api.Reply reply = olga().send(endpoint.method(), endpoint.path(), "{}");
            checked.add(endpoint.toString());
            if (reply.status() != 403) {
                notForbidden.add(endpoint + " -> " + reply.status() + " " + reply.body());
            }
        }

        assertThat(checked).contains("POST /api/v1/tickets");
        assertThat(notForbidden).isEmpty();
        assertThat(count("ticket")).isEqualTo(ticketsBefore);
    }

    @Test
    void auditorGetsForbiddenOnEveryFormThatWrites() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> notForbidden = new ArrayList<>();
        for (Endpoint endpoint : writeEndpoints(false)) {
            if (OWN_PREFERENCES.contains(endpoint.toString())) {
                continue;
            }
            if (pageStatus(endpoint, null) != 302) {
                continue; // open to anyone without signing in
            }
            int status = pageStatus(endpoint, olgaOnPages());
            checked.add(endpoint.toString());
            if (status != 403) {
                notForbidden.add(endpoint + " -> " + status);
            }
        }

        assertThat(checked).contains("POST /tickets");
        assertThat(notForbidden).isEmpty();
    }

    @Test
    void auditPageIsForAuditorsAndAdministratorsOnly() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/audit").with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(olgaOnPages()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify now")));
        mvc.perform(get("/audit").with(user(Personas.ADAM_ADMIN).roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/audit").with(olgaOnPages()).param("lang", "ru"))
                .andExpect(content().string(containsString("Журнал аудита")));

        Api.Reply agentCall = Api.as(port, Personas.ANNA_AGENT).get("/api/v1/audit");
        assertThat(agentCall.status()).isEqualTo(403);
        assertThat(agentCall.contentType()).startsWith("application/problem+json");
        assertThat(Api.as(port, Personas.ANNA_AGENT).get("/api/v1/audit/verify").status())
                .isEqualTo(403);
        assertThat(Api.as(port, Personas.ADAM_ADMIN).get("/api/v1/audit").status())
                .isEqualTo(200);
    }

    @Test
    void detailsAreShownAsTextOnThePage() throws Exception {
        String target = UUID.randomUUID().toString();
        trail.record(AuditEntry.of("it", "TEST_ENTRY", "test", target, Map.of("note", "<script>alert(1)</script>")));

        mvc.perform(get("/audit").param("targetId", target).with(olgaOnPages()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void badFiltersAreRejectedWithTheFieldNamed() throws Exception {
        Api.Reply reply = olga().get("/api/v1/audit?from=yesterday&action=" + encode("DROP TABLE"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:invalid-input");
        assertThat(reply.json().get("errors").toString()).contains("\"field\":\"from\"", "\"field\":\"action\"");
        assertThat(olga().get("/api/v1/audit?size=100000").status()).isEqualTo(400);
        assertThat(olga().get("/api/v1/audit?page=abc").status()).isEqualTo(400);
        mvc.perform(get("/audit").param("from", "yesterday").with(olgaOnPages()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("enter a date such as")));
    }

    private JsonNode entries(String query) {
        Api.Reply reply = olga().get("/api/v1/audit?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("items");
    }

    private JsonNode verify() {
        Api.Reply reply = olga().get("/api/v1/audit/verify");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Changes a row behind the product's back, as someone with database access could. */
    private void rewriteDetails(long id, String details) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement ddl = connection.createStatement();
                    PreparedStatement update =
                            connection.prepareStatement("update audit_log set details = ?::jsonb where id = ?")) {
                ddl.execute("alter table audit_log disable trigger audit_log_append_only");
                update.setString(1, details);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
                ddl.execute("alter table audit_log enable trigger audit_log_append_only");
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Every handler method that may write, under /api/** or among the pages. Path variables get a value of
     * the likely type, so that a refusal cannot hide behind a conversion error.
     */
    private List<Endpoint> writeEndpoints(boolean api) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = EnumSet.copyOf(WRITES);
            if (!info.getMethodsCondition().getMethods().isEmpty()) {
                methods.retainAll(info.getMethodsCondition().getMethods());
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") == api && !pattern.equals("/error")) {
                    String path = fillIn(pattern);
                    methods.forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
                }
            }
        }
        return List.copyOf(endpoints);
    }

    private static String fillIn(String pattern) {
        Matcher variable = Pattern.compile("\\{([^}:]*)[^}]*}").matcher(pattern.replace("/**", "/x"));
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = name.contains("reference")
                    ? "HD-1"
                    : name.contains("day") || name.contains("date") ? "2025-01-01" : PLACEHOLDER_ID.toString();
            variable.appendReplacement(path, value);
        }
        return variable.appendTail(path).toString();
    }

    private int pageStatus(Endpoint endpoint, @Nullable RequestPostProcessor user) throws Exception {
        var request =
                request(HttpMethod.valueOf(endpoint.method()), endpoint.path()).with(csrf());
        if (user != null) {
            request.with(user);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static RequestPostProcessor olgaOnPages() {
        return user(Personas.OLGA_AUDITOR).roles("AUDITOR");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
