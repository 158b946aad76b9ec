package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The data behind cost per complaint, wait time and churn: agents log work and record queue pickups, administrators
 * set teams' hourly costs, agents mark customers lost; bad input is a 400 naming the field, readers get a 403, and
 * every change is in the history or the audit trail.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class WorkLogQueueAndLossIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void agentsLogWorkWithinADayAndItShowsInTheHistoryAndOnThePage() throws Exception {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        String ref = open(anna, Map.of("channel", "EMAIL")).get("reference").asString();

        Api.Reply logged =
                anna.postJson("/api/v1/tickets/" + ref + "/work-log", Map.of("minutes", 25, "note", "Refund"));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("agent").asString()).isEqualTo(Personas.ANNA_AGENT);
        assertThat(field(anna.postJson("/api/v1/tickets/" + ref + "/work-log", Map.of("minutes", 0))))
                .isEqualTo("minutes");
        assertThat(field(anna.postJson("/api/v1/tickets/" + ref + "/work-log", Map.of("minutes", 1441))))
                .isEqualTo("minutes");
        assertThat(field(anna.postJson("/api/v1/tickets/" + ref + "/work-log", Map.of("note", "no time"))))
                .isEqualTo("minutes");
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .postJson("/api/v1/tickets/" + ref + "/work-log", Map.of("minutes", 5))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .get("/api/v1/tickets/" + ref + "/work-log")
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(anna.get("/api/v1/tickets/" + ref + "/history").body()).contains("WORK_LOGGED");
        assertThat(anna.get("/api/v1/tickets/HD-999999999/work-log").status()).isEqualTo(404);

        mvc.perform(post("/tickets/" + ref + "/work-log")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("minutes", "15")
                        .param("note", "Called the courier"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tickets/" + ref + "/work-log")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("minutes", "lots"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/tickets/" + ref).with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Called the courier")))
                .andExpect(content().string(containsString("40 min")));
        JsonNode audit = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=TICKET_WORK_LOGGED&actor=" + Personas.ANNA_AGENT)
                .json();
        assertThat(audit.get("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void mergingMovesTheWorkLogAndAMergedTicketTakesNoMoreWork() {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        String duplicate =
                open(anna, Map.of("channel", "EMAIL")).get("reference").asString();
        String kept = open(anna, Map.of("channel", "EMAIL")).get("reference").asString();
        anna.postJson("/api/v1/tickets/" + duplicate + "/work-log", Map.of("minutes", 12));
        anna.postJson("/api/v1/tickets/" + kept + "/work-log", Map.of("minutes", 8));

        Api.Reply merged = anna.postJson("/api/v1/tickets/" + duplicate + "/merge", Map.of("into", kept));

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode work = anna.get("/api/v1/tickets/" + kept + "/work-log").json();
        assertThat(work.size()).isEqualTo(2);
        assertThat(anna.get("/api/v1/tickets/" + duplicate + "/work-log").json().size())
                .isZero();
        Api.Reply refused = anna.postJson("/api/v1/tickets/" + duplicate + "/work-log", Map.of("minutes", 5));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("merged");
    }

    @Test
    void queueTimesAreForPhoneAndChatNotInTheFutureAndPickupComesAfterTheQueue() throws Exception {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Instant now = Instant.now();
        String queued = now.minusSeconds(600).toString();

        assertThat(field(openReply(anna, Map.of("channel", "EMAIL", "queuedAt", queued))))
                .isEqualTo("queuedAt");
        assertThat(field(openReply(
                        anna,
                        Map.of(
                                "channel",
                                "PHONE",
                                "queuedAt",
                                now.plusSeconds(3600).toString()))))
                .isEqualTo("queuedAt");
        assertThat(field(openReply(
                        anna,
                        Map.of(
                                "channel",
                                "CHAT",
                                "queuedAt",
                                queued,
                                "pickedUpAt",
                                now.minusSeconds(900).toString()))))
                .isEqualTo("pickedUpAt");
        JsonNode ticket = open(anna, Map.of("channel", "CHAT", "queuedAt", queued));
        String ref = ticket.get("reference").asString();
        assertThat(ticket.get("progress").get("queuedAt").isNull()).isFalse();

        assertThat(field(anna.postJson(
                        "/api/v1/tickets/" + ref + "/pickup",
                        Map.of("at", now.minusSeconds(900).toString()))))
                .isEqualTo("pickedUpAt");
        JsonNode picked = anna.post("/api/v1/tickets/" + ref + "/pickup", "").json();
        assertThat(picked.get("progress").get("pickedUpAt").isNull()).isFalse();
        assertThat(anna.post("/api/v1/tickets/" + ref + "/pickup", "").status()).isEqualTo(409);
        assertThat(anna.get("/api/v1/tickets/" + ref + "/history").body()).contains("PICKED_UP");

        String email = open(anna, Map.of("channel", "EMAIL")).get("reference").asString();
        assertThat(field(anna.post("/api/v1/tickets/" + email + "/pickup", ""))).isEqualTo("queuedAt");

        mvc.perform(post("/tickets")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("subject", "Phone call")
                        .param("description", "Waited")
                        .param("customerEmail", "queue-form@example.com")
                        .param("channel", "EMAIL")
                        .param("type", "QUESTION")
                        .param("queuedAt", "2025-03-05T10:00"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tickets")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("subject", "Phone call")
                        .param("description", "Waited")
                        .param("customerEmail", "queue-form@example.com")
                        .param("channel", "PHONE")
                        .param("type", "QUESTION")
                        .param("queuedAt", "2025-03-05T10:00")
                        .param("pickedUpAt", "2025-03-05T10:04"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void administratorsSetTeamsHourlyCostsAndTheChangeIsAudited() throws Exception {
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        String team = id(adam.postJson("/api/v1/teams", Map.of("name", "Cost " + UUID.randomUUID()))
                .json());

        JsonNode set = adam.send("PUT", "/api/v1/teams/" + team + "/hourly-cost", "{\"hourlyCost\": 42.50}")
                .json();
        assertThat(set.get("hourlyCost").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(field(adam.send("PUT", "/api/v1/teams/" + team + "/hourly-cost", "{\"hourlyCost\": -1}")))
                .isEqualTo("hourlyCost");
        assertThat(field(adam.send("PUT", "/api/v1/teams/" + team + "/hourly-cost", "{\"hourlyCost\": 1.005}")))
                .isEqualTo("hourlyCost");
        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .send("PUT", "/api/v1/teams/" + team + "/hourly-cost", "{\"hourlyCost\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(adam.send("PUT", "/api/v1/teams/" + UUID.randomUUID() + "/hourly-cost", "{\"hourlyCost\": 1}")
                        .status())
                .isEqualTo(404);
        mvc.perform(post("/admin/teams/" + team + "/hourly-cost")
                        .with(user(Personas.ADAM_ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .param("hourlyCost", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/teams/" + team + "/hourly-cost")
                        .with(user(Personas.ADAM_ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .param("hourlyCost", "abc"))
                .andExpect(status().isBadRequest());

        JsonNode audit = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=TEAM_HOURLY_COST_CHANGED&size=200")
                .json();
        String entries = audit.toString();
        assertThat(entries).contains(team, "42.50");
        assertThat(adam.get("/api/v1/teams").body()).contains(team);
    }

    @Test
    void agentsMarkCustomersLostAndUnmarkThemAudited() throws Exception {
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        String email = "lost-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        open(anna, Map.of("channel", "EMAIL", "customerEmail", email));
        String customer = id(anna.get("/api/v1/customers?q=" + email).json().get(0));
        String yesterday = LocalDate.now().minusDays(1).toString();

        assertThat(field(anna.send(
                        "PUT",
                        "/api/v1/customers/" + customer + "/lost",
                        "{\"on\": \"" + LocalDate.now().plusDays(3) + "\", \"reason\": \"Later\"}")))
                .isEqualTo("on");
        assertThat(field(
                        anna.send("PUT", "/api/v1/customers/" + customer + "/lost", "{\"on\": \"" + yesterday + "\"}")))
                .isEqualTo("reason");
        JsonNode lost = anna.send(
                        "PUT",
                        "/api/v1/customers/" + customer + "/lost",
                        "{\"on\": \"" + yesterday + "\", \"reason\": \"Moved to a competitor\"}")
                .json();
        assertThat(lost.get("lostOn").asString()).isEqualTo(yesterday);
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .send("DELETE", "/api/v1/customers/" + customer + "/lost", null)
                        .status())
                .isEqualTo(403);
        mvc.perform(get("/customers/" + customer).with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(content().string(containsString("Moved to a competitor")));
        JsonNode cleared = anna.send("DELETE", "/api/v1/customers/" + customer + "/lost", null)
                .json();
        assertThat(cleared.get("lostOn").isNull()).isTrue();
        mvc.perform(post("/customers/" + customer + "/lost")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("on", "not a date")
                        .param("reason", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/customers/" + customer + "/lost")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT"))
                        .with(csrf())
                        .param("on", yesterday)
                        .param("reason", "Closed the account"))
                .andExpect(status().is3xxRedirection());

        String audit = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?targetId=" + customer)
                .body();
        assertThat(audit).contains("CUSTOMER_MARKED_LOST", "CUSTOMER_LOST_CLEARED", "Moved to a competitor");
    }

    /** The id of a created team, however the API writes it. */
    static String id(JsonNode created) {
        JsonNode id = created.get("id");
        return id.isObject() ? id.get("value").asString() : id.asString();
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private static JsonNode open(Api anna, Map<String, String> fields) {
        Api.Reply reply = openReply(anna, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static Api.Reply openReply(Api anna, Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "subject", "Work and queue",
                "description", "For the KPIs",
                "customerEmail", "work-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "type", "COMPLAINT"));
        body.putAll(fields);
        return anna.postJson("/api/v1/tickets", body);
    }
}
