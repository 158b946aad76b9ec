package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.it.PathVariables.Fixtures;
import org.helpdesk.web.it.RoleMatrix.Caller;
import org.helpdesk.web.it.RoleMatrix.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the app maps (each pattern and HTTP method of the Spring MVC request mappings) against the written
 * role matrix in {@code role-matrix.txt}: an endpoint without a rule fails the build, and each role and someone not
 * signed in get exactly what the matrix says. Allowed means neither 401 nor 403 (nor, for a page, the way to the
 * login); refused means 403 when signed in, and without signing in a 401 problem JSON on the API and the login page
 * for pages. Refused callers are probed with real objects (a ticket, a customer, a team), so a refusal cannot hide
 * behind a 404: authorization comes before existence. Allowed callers change nothing: their writes name objects that
 * do not exist.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class RoleMatrixIT {

    private static final Set<String> READS = Set.of("GET", "*");

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

    private final RoleMatrix matrix = RoleMatrix.load();

    @Test
    void everyMappedEndpointHasARuleAndEveryRuleAnEndpoint() {
        Map<String, Rule> mapped = new TreeMap<>();
        List<String> withoutRule = new ArrayList<>();
        for (String endpoint : mappedEndpoints()) {
            String[] parts = endpoint.split(" ", 2);
            matrix.ruleFor(parts[0], parts[1])
                    .ifPresentOrElse(rule -> mapped.put(endpoint, rule), () -> withoutRule.add(endpoint));
        }

        assertThat(withoutRule)
                .as("endpoints without a rule in %s: add a line for each", RoleMatrix.RESOURCE)
                .isEmpty();
        assertThat(matrix.unused(mappedEndpoints()))
                .as("rules in %s for endpoints the app does not map", RoleMatrix.RESOURCE)
                .isEmpty();
        assertThat(mapped).containsKeys("GET /api/v1/tickets/{reference}", "POST /tickets");
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSays() throws Exception {
        Fixtures fixtures = Fixtures.create(port, "Role matrix", tickets, statusLinks, surveys, teams, accounts, jdbc);
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (String endpoint : mappedEndpoints()) {
            String[] parts = endpoint.split(" ", 2);
            Rule rule = matrix.ruleFor(parts[0], parts[1]).orElse(null);
            if (rule == null) {
                continue; // reported by the test above
            }
            for (Caller caller : Caller.values()) {
                boolean allowed = rule.allowed().contains(caller);
                if (allowed && rule.acts()) {
                    continue;
                }
                boolean realistic = !allowed || READS.contains(rule.method());
                String path = PathVariables.fillIn(rule.pattern(), realistic ? fixtures : null);
                MockHttpServletResponse response = probe(rule.method(), path, caller);
                probes++;
                String problem =
                        allowed ? whyNotAllowed(path, caller, response) : whyNotRefused(path, caller, response);
                if (problem != null) {
                    wrong.add(rule.endpoint() + " as " + caller + " (" + rule.method() + " " + path + "): " + problem);
                }
            }
        }

        assertThat(probes).isGreaterThan(500);
        assertThat(wrong)
                .as("callers not treated as %s says", RoleMatrix.RESOURCE)
                .isEmpty();
    }

    private MockHttpServletResponse probe(String method, String path, Caller caller) throws Exception {
        HttpMethod http = method.equals("*") ? HttpMethod.GET : HttpMethod.valueOf(method);
        MockHttpServletRequestBuilder request = request(http, path);
        if (http != HttpMethod.GET) {
            request.with(csrf());
            if (isApi(path)) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (caller.username != null && caller.role != null) {
            request.with(user(caller.username).roles(caller.role.name()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String whyNotAllowed(String path, Caller caller, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            return "allowed, but got " + status;
        }
        if (caller == Caller.ANONYMOUS && leadsToLogin(response)) {
            return "allowed without signing in, but sent to " + response.getRedirectedUrl();
        }
        return null;
    }

    private static String whyNotRefused(String path, Caller caller, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (caller != Caller.ANONYMOUS) {
            return status == 403 ? null : "refused, but got " + status;
        }
        if (isApi(path)) {
            String type = String.valueOf(response.getContentType());
            return status == 401 && type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    ? null
                    : "refused, but got " + status + " " + type + " instead of a 401 problem";
        }
        return status == 302 && leadsToLogin(response) ? null : "refused, but got " + status + " instead of /login";
    }

    private static boolean leadsToLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.endsWith("/login");
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    /** Every pattern and HTTP method the app maps ({@code *} for a mapping that takes any method). */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("* " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }
}
