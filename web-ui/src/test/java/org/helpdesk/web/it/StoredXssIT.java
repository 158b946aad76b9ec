package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.it.PathVariables.Fixtures;
import org.helpdesk.web.it.RoleMatrix.Caller;
import org.helpdesk.web.it.RoleMatrix.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stored XSS: a complaint whose customer name, subject, description and reply carry script and event-handler
 * payloads is shown as text on every page that can show it. Every page the app maps (from its request mappings, so
 * a new page is covered without being named here) is opened with the payload ticket, its customer and a payload team
 * filled into the path, by an administrator or whoever the role matrix allows; no HTML answer may contain the
 * payload as markup.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class StoredXssIT {

    private final String marker =
            "xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String script = "<script>" + marker + "()</script>";
    private final String image = "<img src=x onerror=" + marker + "()>";
    private final String attribute = "\" onmouseover=\"" + marker + "()";
    private final String payload = script + image + attribute;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Tickets tickets;

    @Autowired
    StatusLinks statusLinks;

    @Autowired
    Surveys surveys;

    @Autowired
    Teams teams;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void payloadsInAComplaintAreShownAsTextOnEveryPage() throws Exception {
        Fixtures fixtures = payloadTicket();
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(adam.search(marker).json().get("total").asLong())
                                .isEqualTo(1));
        RoleMatrix matrix = RoleMatrix.load();
        List<String> unsafe = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        for (String pattern : pagePatterns()) {
            Rule rule = matrix.ruleFor("GET", pattern).orElse(null);
            if (rule == null || rule.acts()) {
                continue;
            }
            paths.put(PathVariables.fillIn(pattern, fixtures), pattern);
        }
        for (String query : List.of(
                "/search?q=" + marker,
                "/tickets?q=" + marker,
                "/audit?actor=" + Personas.ANNA_AGENT,
                "/customers?q=" + marker)) {
            paths.put(query, query.substring(0, query.indexOf('?')));
        }
        int pages = 0;
        for (Map.Entry<String, String> visit : paths.entrySet()) {
            String path = visit.getKey();
            Caller caller = caller(matrix, visit.getValue());
            MockHttpServletResponse page = open(path, caller);
            String type = String.valueOf(page.getContentType());
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages++;
            String body = page.getContentAsString();
            for (String markup : List.of(script, image, attribute, "onmouseover=\"" + marker)) {
                if (body.contains(markup)) {
                    unsafe.add(path + " as " + caller + " contains " + markup);
                }
            }
            if (body.contains("&lt;script&gt;" + marker)) {
                shown.add(path);
            }
        }

        assertThat(pages).as("HTML pages opened").isGreaterThan(30);
        assertThat(unsafe).as("pages that render the payload as markup").isEmpty();
        assertThat(shown)
                .as("the payload is on the pages that show the ticket and its customer, as text")
                .contains("/tickets/" + fixtures.reference(), "/customers/" + fixtures.customerId())
                .anySatisfy(path -> assertThat(path).startsWith("/search"));
    }

    /** A complaint with payloads in everything a customer or agent writes, plus a team named with one. */
    private Fixtures payloadTicket() {
        Map<String, Object> draft = new HashMap<>();
        draft.put("subject", "Kettle " + payload);
        draft.put("description", "It leaks " + payload);
        draft.put("customerEmail", marker + "@example.org");
        draft.put("customerName", "Kate " + payload);
        draft.put("type", "COMPLAINT");
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api.Reply created = anna.postJson("/api/v1/tickets", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        Api.Reply reply =
                anna.postJson("/api/v1/tickets/" + reference + "/messages", Map.of("body", "Sorry " + payload));
        assertThat(reply.status()).as(reply.body()).isLessThan(300);
        Ticket ticket = tickets.get(reference);
        String teamId = teams.create("Team " + marker + " " + script, null).id().toString();
        return Fixtures.forTicket(ticket, teamId, statusLinks, surveys, accounts, jdbc);
    }

    /** An administrator where the matrix lets them in, else the first caller it allows. */
    private static Caller caller(RoleMatrix matrix, String pattern) {
        return matrix.ruleFor("GET", pattern)
                .map(rule -> rule.allowed().contains(Caller.ADMIN)
                        ? Caller.ADMIN
                        : rule.allowed().stream().findFirst().orElse(Caller.ADMIN))
                .orElse(Caller.ADMIN);
    }

    private MockHttpServletResponse open(String path, Caller caller) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (caller.username != null && caller.role != null) {
            request.with(user(caller.username).roles(caller.role.name()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The GET patterns of pages (not the API, not the actuator). */
    private TreeSet<String> pagePatterns() {
        TreeSet<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty()
                    && methods.stream()
                            .noneMatch(m -> m == org.springframework.web.bind.annotation.RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/actuator")) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }
}
