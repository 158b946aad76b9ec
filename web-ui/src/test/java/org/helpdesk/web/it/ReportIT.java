package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.customer.Customers;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Reports on the running app: the page, the API and the exports show the same numbers; roles are respected. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class ReportIT {

    static final String QUERY = "period=month&by=channel";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    Customers customers;

    @BeforeEach
    void someTicketsThisMonth() {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        for (String channel : List.of("PHONE", "EMAIL")) {
            JsonNode ticket = anna.postJson(
                            "/api/v1/tickets",
                            Map.of(
                                    "subject",
                                    "Report " + channel,
                                    "description",
                                    "Counted in this month's report",
                                    "customerEmail",
                                    "report-" + channel.toLowerCase() + "@example.com",
                                    "channel",
                                    channel,
                                    "type",
                                    "COMPLAINT"))
                    .json();
            String ref = ticket.get("reference").asString();
            assertThat(anna.postJson("/api/v1/tickets/" + ref + "/messages", Map.of("body", "Sorted."))
                            .status())
                    .isEqualTo(201);
            long version =
                    anna.get("/api/v1/tickets/" + ref).json().get("version").asLong();
            assertThat(anna.postJson(
                                    "/api/v1/tickets/" + ref + "/status",
                                    Map.of("version", version, "status", "RESOLVED"))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void pageApiAndExportsShowTheSameNumbers() {
        // The three reads are separate requests over live data: feedback of other tests is analysed in the
        // background meanwhile, so they are compared again until no analysis lands between them.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(this::pageApiAndCsvAgree);
    }

    private void pageApiAndCsvAgree() throws Exception {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        JsonNode report = quentin.get("/api/v1/reports?" + QUERY).json();
        Api.Reply csv = quentin.get("/api/v1/reports/export/csv?" + QUERY);
        String page = mvc.perform(get("/reports?" + QUERY).with(quality()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> csvValues = summaryValues(csv.body());
        List<JsonNode> kpis = new ArrayList<>();
        report.get("kpis").forEach(kpis::add);
        assertThat(kpis).hasSize(csvValues.size()).hasSizeGreaterThan(10);
        for (int i = 0; i < kpis.size(); i++) {
            JsonNode value = kpis.get(i).get("current").get("value");
            String id = kpiId(kpis.get(i).get("kpi").asString());
            String shown = pageValue(page, id);
            if (value == null || value.isNull()) {
                assertThat(csvValues.get(i)).as(id).isEmpty();
                assertThat(shown).as(id).isEqualTo("—");
            } else {
                assertThat(new BigDecimal(csvValues.get(i))).as(id).isEqualByComparingTo(value.decimalValue());
                assertThat(new BigDecimal(shown)).as(id).isEqualByComparingTo(value.decimalValue());
            }
        }
        JsonNode created = kpis.stream()
                .filter(k -> k.get("kpi").asString().equals("CREATED_TICKETS"))
                .findFirst()
                .orElseThrow();
        assertThat(created.get("current").get("base").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode drill = quentin.get("/api/v1/reports/kpis/created-tickets/tickets?" + QUERY + "&size=1")
                .json();
        assertThat(drill.get("total").asLong())
                .isEqualTo(created.get("current").get("base").asLong());
    }

    @Test
    void costPerComplaintWaitTimeAndChurnWithLostCustomersThroughTheApi() {
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String team = WorkLogQueueAndLossIT.id(adam.postJson("/api/v1/teams", Map.of("name", "Costs " + suffix))
                .json());
        // the agent works the team's tickets only as one of its members
        assertThat(adam.postJson("/api/v1/teams/" + team + "/members", Map.of("username", Personas.ANNA_AGENT))
                        .status())
                .isEqualTo(200);
        assertThat(adam.send("PUT", "/api/v1/teams/" + team + "/hourly-cost", "{\"hourlyCost\": 60}")
                        .status())
                .isEqualTo(200);
        ZoneId zone = ZoneId.of(quentin.get("/api/v1/reports?period=day")
                .json()
                .get("query")
                .get("period")
                .get("zone")
                .asString());
        LocalDate today = LocalDate.now(zone);
        Instant now = Instant.now();
        // Two phone complaints of the team: waits of 6 and 18 minutes (0.1 h and 0.3 h), 90 and 30 minutes worked.
        String first = phoneComplaint(anna, team, "queue-a-" + suffix, now.minusSeconds(1200), now.minusSeconds(840));
        String second = phoneComplaint(anna, team, "queue-b-" + suffix, now.minusSeconds(1200), null);
        assertThat(anna.postJson(
                                "/api/v1/tickets/" + second + "/pickup",
                                Map.of("at", now.minusSeconds(120).toString()))
                        .status())
                .isEqualTo(200);
        assertThat(anna.postJson("/api/v1/tickets/" + first + "/work-log", Map.of("minutes", 90, "note", "Called back"))
                        .status())
                .isEqualTo(201);
        assertThat(anna.postJson("/api/v1/tickets/" + second + "/work-log", Map.of("minutes", 30))
                        .status())
                .isEqualTo(201);
        // Churn: two customers of the team three days ago; one comes back today.
        String gone = "churn-gone-" + suffix + "@example.com";
        String back = "churn-back-" + suffix + "@example.com";
        Instant before = today.minusDays(4).atTime(12, 0).atZone(zone).toInstant();
        for (String email : List.of(gone, back)) {
            tickets.actingAt(Clock.fixed(before, ZoneOffset.UTC))
                    .open(teamTicket(email, "EMAIL", team), Personas.ANNA_AGENT);
        }
        tickets.open(teamTicket(back, "EMAIL", team), Personas.ANNA_AGENT);
        String query = "period=custom&from=" + today.minusDays(2) + "&to=" + today + "&team=" + team;

        JsonNode cost = kpi(quentin.get("/api/v1/reports?" + query).json(), "COST_PER_COMPLAINT");
        JsonNode wait = kpi(quentin.get("/api/v1/reports?" + query).json(), "WAIT_TIME");
        assertThat(cost.get("current").get("value").decimalValue()).isEqualByComparingTo("60.00"); // 120 € ÷ 2
        assertThat(cost.get("current").get("total").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(cost.get("current").get("uncostedHours").decimalValue()).isEqualByComparingTo("0");
        assertThat(wait.get("current").get("value").decimalValue()).isEqualByComparingTo("0.20"); // median
        assertThat(wait.get("current").get("p90").decimalValue()).isEqualByComparingTo("0.28");
        JsonNode drill = quentin.get("/api/v1/reports/kpis/cost-per-complaint/tickets?" + query)
                .json();
        assertThat(drill.get("total").asLong()).isEqualTo(2);
        assertThat(drill.get("items").get(0).get("value").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(quentin.get("/api/v1/reports/kpis/wait-time/tickets?" + query)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(churn(quentin, query)).isEqualByComparingTo("50.0"); // the one who did not come back

        String backId = customers.findByEmail(back).orElseThrow().id().toString();
        assertThat(anna.send(
                                "PUT",
                                "/api/v1/customers/" + backId + "/lost",
                                "{\"on\": \"" + today + "\", \"reason\": \"Moved to a competitor\"}")
                        .status())
                .isEqualTo(200);
        assertThat(churn(quentin, query)).isEqualByComparingTo("100.0"); // came back, but was marked lost
        assertThat(quentin.get("/api/v1/reports/kpis/churn/tickets?part=matching&" + query)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(anna.send("DELETE", "/api/v1/customers/" + backId + "/lost", null)
                        .status())
                .isEqualTo(200);
        assertThat(churn(quentin, query)).isEqualByComparingTo("50.0");
        String csv = quentin.get("/api/v1/reports/export/csv?" + query).body();
        assertThat(csv).contains("60.00", "120.00");
    }

    private String phoneComplaint(Api anna, String team, String customer, Instant queued, @Nullable Instant pickedUp) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "subject",
                "Waited " + customer,
                "description",
                "A call in the queue",
                "customerEmail",
                customer + "@example.com",
                "channel",
                "PHONE",
                "type",
                "COMPLAINT",
                "teamId",
                team,
                "queuedAt",
                queued.toString()));
        if (pickedUp != null) {
            body.put("pickedUpAt", pickedUp.toString());
        }
        Api.Reply reply = anna.postJson("/api/v1/tickets", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("reference").asString();
    }

    private static TicketDraft teamTicket(String email, String channel, String team) {
        return new TicketDraft(
                "Churn " + email,
                "A question",
                email,
                null,
                null,
                null,
                channel,
                null,
                null,
                null,
                team,
                null,
                null,
                null);
    }

    private static BigDecimal churn(Api reader, String query) {
        return kpi(reader.get("/api/v1/reports?" + query).json(), "CHURN")
                .get("current")
                .get("value")
                .decimalValue();
    }

    private static JsonNode kpi(JsonNode report, String name) {
        for (JsonNode k : report.get("kpis")) {
            if (k.get("kpi").asString().equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no " + name + " in " + report);
    }

    @Test
    void xlsxAndPdfAreServedAndExportsAreAudited() {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        Api.Reply xlsx = quentin.get("/api/v1/reports/export/xlsx?" + QUERY);
        Api.Reply pdf = quentin.get("/api/v1/reports/export/pdf?" + QUERY);
        Api.Reply unknown = quentin.get("/api/v1/reports/export/doc?" + QUERY);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(unknown.status()).isEqualTo(404);
        JsonNode audit = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=EXPORT&actor=" + Personas.QUENTIN_QUALITY)
                .json();
        assertThat(audit.get("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void agentsSeeTheirScopeAndOnlyAdministratorsChangeTargets() throws Exception {
        JsonNode annas = Api.as(port, Personas.ANNA_AGENT)
                .get("/api/v1/reports?period=month")
                .json();
        assertThat(annas.get("query").get("scope").get("everything").asBoolean())
                .isFalse();
        String body = "{\"comparison\": \"LE\", \"value\": 10, \"amberTolerance\": 2}";

        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .send("PUT", "/api/v1/reports/targets/reopen-rate", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .send("PUT", "/api/v1/reports/targets/reopen-rate", body)
                        .status())
                .isEqualTo(403);
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        JsonNode set =
                adam.send("PUT", "/api/v1/reports/targets/reopen-rate", body).json();
        assertThat(set.get("custom").asBoolean()).isTrue();
        assertThat(adam.send("PUT", "/api/v1/reports/targets/reopen-rate", "{\"comparison\": \"LE\", \"value\": 500}")
                        .status())
                .isEqualTo(400);
        assertThat(adam.send("DELETE", "/api/v1/reports/targets/reopen-rate", null)
                        .json()
                        .get("custom")
                        .asBoolean())
                .isFalse();
        mvc.perform(get("/reports/targets").with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/targets").with(user(Personas.ADAM_ADMIN).roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(post("/reports/targets/resolved-share")
                        .with(user(Personas.ADAM_ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .param("comparison", "GE")
                        .param("value", "96")
                        .param("amberTolerance", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/targets/resolved-share/reset")
                        .with(user(Personas.ADAM_ADMIN).roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void dashboardDrawsChartsWithTheAppsOwnChartLibrary() throws Exception {
        String page = mvc.perform(get("/reports").with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        Matcher chartJs = Pattern.compile(
                        "src=\"(/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.min\\.js)\"")
                .matcher(page);
        assertThat(chartJs.find()).as("Chart.js served from the app").isTrue();
        assertThat(page).contains("/js/reports/dashboard.js", "data-chart=");
        assertThat(page).doesNotContain("<script>").doesNotContain("onclick=");
        mvc.perform(get(chartJs.group(1)).with(quality())).andExpect(status().isOk());
        mvc.perform(get("/js/reports/dashboard.js")).andExpect(status().isOk());
        mvc.perform(get("/reports/tickets?kpi=resolved-share&period=month").with(quality()))
                .andExpect(status().isOk());
    }

    @Test
    void invalidChoicesAreA400() throws Exception {
        Api.Reply reply = Api.as(port, Personas.QUENTIN_QUALITY).get("/api/v1/reports?period=fortnight");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
        mvc.perform(get("/reports?period=fortnight").with(quality())).andExpect(status().isBadRequest());
        assertThat(Api.as(port, Personas.QUENTIN_QUALITY)
                        .get("/api/v1/reports/kpis/no-such-kpi/tickets")
                        .status())
                .isEqualTo(404);
    }

    private static RequestPostProcessor quality() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }

    /** The value column of the CSV summary, one per KPI, in order. */
    private static List<String> summaryValues(String csv) {
        List<String> lines = csv.lines().toList();
        int header = 0;
        while (!lines.get(header).startsWith("\"KPI\"")) {
            header++;
        }
        List<String> values = new ArrayList<>();
        for (int i = header + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            values.add(cells[2]);
        }
        return values;
    }

    /** The value a KPI card shows on the page. */
    private static String pageValue(String page, String id) {
        Matcher m = Pattern.compile("data-kpi=\"" + Pattern.quote(id) + "\">([^<]*)</a>")
                .matcher(page);
        assertThat(m.find()).as("card of " + id).isTrue();
        return m.group(1);
    }

    private static String kpiId(String name) {
        return name.toLowerCase().replace('_', '-');
    }
}
