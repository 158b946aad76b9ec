package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The ticket API over HTTP: what it accepts, what it refuses, and that refusals write nothing. */
@HelpdeskIntegrationTest
class TicketApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api agent() {
        return Api.as(port, Personas.ANNA_AGENT);
    }

    @Test
    void agentOpensATicketAndItsHistoryRecordsTheOpening() {
        Api.Reply created = agent().postJson(
                        "/api/v1/tickets",
                        Map.of(
                                "subject", "Broken kettle",
                                "description", "Arrived broken",
                                "customerEmail", "Maria@Example.com",
                                "priority", "high"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode ticket = created.json();
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("priority").asString()).isEqualTo("HIGH");
        assertThat(ticket.get("customerEmail").asString()).isEqualTo("maria@example.com");
        assertThat(ticket.get("createdBy").asString()).isEqualTo(Personas.ANNA_AGENT);

        String reference = ticket.get("reference").asString();
        JsonNode fetched = agent().get("/api/v1/tickets/" + reference).json();
        assertThat(fetched.get("id").asString()).isEqualTo(ticket.get("id").asString());

        JsonNode history =
                agent().get("/api/v1/tickets/" + reference + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asString()).isEqualTo("CREATED");
        assertThat(history.get(0).get("actor").asString()).isEqualTo(Personas.ANNA_AGENT);
    }

    @Test
    void historyCannotBeRewrittenEvenWithDirectSql() {
        agent().postJson(
                        "/api/v1/tickets",
                        Map.of("subject", "s", "description", "d", "customerEmail", "h@example.com"));

        assertThatThrownBy(() -> jdbc.sql("update ticket_event set actor = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ticket_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void emptySubjectIsRejectedWithTheFieldNamed() {
        assertInvalid(
                Map.of("subject", "", "description", "d", "customerEmail", "a@example.com"), "subject", "required");
    }

    @Test
    void megabyteSubjectIsRejectedAsTooLong() {
        assertInvalid(
                Map.of("subject", "x".repeat(1024 * 1024), "description", "d", "customerEmail", "a@example.com"),
                "subject",
                "too_long");
    }

    @Test
    void unknownPriorityIsRejected() {
        assertInvalid(
                Map.of("subject", "s", "description", "d", "customerEmail", "a@example.com", "priority", "SOMEDAY"),
                "priority",
                "unknown_value");
    }

    @Test
    void malformedJsonIsABadRequestAndWritesNothing() {
        long before = ticketCount();

        Api.Reply reply = agent().post("/api/v1/tickets", "{\"subject\": \"unterminated");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:malformed-body");
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void unknownTicketIsANotFoundProblem() {
        Api.Reply reply = agent().get("/api/v1/tickets/HD-987654321");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(agent().get("/api/v1/tickets/not-a-reference").status()).isEqualTo(404);
    }

    @Test
    void anonymousCallerGetsUnauthorizedProblem() {
        Api.Reply reply = Api.anonymous(port).get("/api/v1/tickets");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void auditorMayReadButNotOpenTickets() {
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);

        assertThat(auditor.get("/api/v1/tickets").status()).isEqualTo(200);
        Api.Reply reply = auditor.postJson(
                "/api/v1/tickets", Map.of("subject", "s", "description", "d", "customerEmail", "a@example.com"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void outOfRangePagingIsABadRequest() {
        assertThat(agent().get("/api/v1/tickets?size=100000").status()).isEqualTo(400);
        assertThat(agent().get("/api/v1/tickets?page=-1").status()).isEqualTo(400);
        assertThat(agent().get("/api/v1/tickets?page=abc").status()).isEqualTo(400);
    }

    private void assertInvalid(Map<String, ?> body, String field, String code) {
        long before = ticketCount();

        Api.Reply reply = agent().postJson("/api/v1/tickets", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:invalid-input");
        assertThat(problem.get("errors").toString())
                .contains("\"field\":\"" + field + "\"", "\"code\":\"" + code + "\"");
        assertThat(ticketCount()).isEqualTo(before);
    }

    private long ticketCount() {
        return jdbc.sql("select count(*) from ticket").query(Long.class).single();
    }
}
