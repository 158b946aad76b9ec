package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.internal.TicketTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A complaint lives its whole life over HTTP; the history tells every step, and bad input is refused clearly. */
@HelpdeskIntegrationTest
class TicketLifecycleIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    @Autowired
    TicketTimers timers;

    private Team deliveryTeam;
    private String deliveryCategory;

    @BeforeEach
    void deliveryDeskWithAnnaInIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        deliveryTeam = teams.create("Delivery " + suffix, "Parcels and couriers");
        teams.addMember(deliveryTeam.id(), Personas.ANNA_AGENT);
        deliveryCategory = catalog.add(Catalog.Kind.CATEGORY, "Late delivery " + suffix)
                .id()
                .toString();
    }

    private Api anna() {
        return Api.as(port, Personas.ANNA_AGENT);
    }

    @Test
    void complaintGoesThroughItsWholeLifeAndTheHistoryTellsEveryStep() {
        JsonNode ticket = open("maria.lifecycle@example.com", "Parcel two weeks late");
        String ref = ticket.get("reference").asString();
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("sla").get("firstResponseDue").isNull()).isFalse();
        assertThat(ticket.get("sla").get("resolutionDue").isNull()).isFalse();

        JsonNode reply =
                ok(anna().postJson("/api/v1/tickets/" + ref + "/messages", Map.of("body", "We are on it.")), 201);
        assertThat(reply.get("visibility").asString()).isEqualTo("PUBLIC");
        ticket = get(ref);
        assertThat(ticket.get("status").asString())
                .as("a reply opens a new ticket")
                .isEqualTo("OPEN");
        assertThat(ticket.get("progress").get("firstResponseAt").isNull()).isFalse();

        ticket = ok(
                patch(ref, Map.of("version", version(ticket), "priority", "HIGH", "tags", List.of("Courier", "late"))),
                200);
        assertThat(ticket.get("priority").asString()).isEqualTo("HIGH");
        assertThat(ticket.get("tags").toString()).contains("courier", "late");

        Api.Reply noReason = anna().postJson(
                        "/api/v1/tickets/" + ref + "/status", Map.of("version", version(ticket), "status", "PENDING"));
        assertThat(noReason.status()).isEqualTo(400);
        ticket = ok(status(ref, version(ticket), "PENDING", "WAITING_ON_CUSTOMER"), 200);
        assertThat(ticket.get("sla").get("pausedSince").isNull())
                .as("the SLA clock stands still")
                .isFalse();
        assertThat(ticket.get("sla").get("dueAt").isNull()).isTrue();

        ticket = ok(status(ref, version(ticket), "OPEN", null), 200);
        ticket = ok(status(ref, version(ticket), "RESOLVED", null), 200);
        assertThat(ticket.get("firstContactResolution").asBoolean()).isTrue();

        Api.Reply backwards = status(ref, version(ticket), "PENDING", "WAITING_ON_CUSTOMER");
        assertProblem(backwards, 409, "invalid-transition");
        assertThat(backwards.json().get("reason").asString()).isEqualTo("not_allowed");

        ticket = ok(anna().post("/api/v1/tickets/" + ref + "/reopen", ""), 200);
        assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
        assertThat(ticket.get("progress").get("reopenCount").asInt()).isEqualTo(1);
        assertThat(ticket.get("firstContactResolution").asBoolean()).isFalse();

        ticket = ok(status(ref, version(ticket), "RESOLVED", null), 200);
        ticket = ok(status(ref, version(ticket), "CLOSED", null), 200);
        assertThat(ticket.get("progress").get("closedAt").isNull()).isFalse();
        assertProblem(
                anna().postJson("/api/v1/tickets/" + ref + "/messages", Map.of("body", "late")),
                409,
                "invalid-transition");

        JsonNode history = ok(anna().get("/api/v1/tickets/" + ref + "/history"), 200);
        List<String> types = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        history.forEach(e -> {
            types.add(e.get("type").asString());
            versions.add(e.get("version").asLong());
            assertThat(e.get("actor").asString()).isEqualTo(Personas.ANNA_AGENT);
        });
        assertThat(types)
                .containsExactly(
                        "CREATED",
                        "REPLIED",
                        "STATUS_CHANGED",
                        "PRIORITY_CHANGED",
                        "TAGS_CHANGED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED",
                        "REOPENED",
                        "STATUS_CHANGED",
                        "STATUS_CHANGED");
        assertThat(versions).isSorted();
        JsonNode priority = history.get(3).get("data");
        assertThat(priority.get("field").asString()).isEqualTo("priority");
        assertThat(priority.get("old").asString()).isEqualTo("NORMAL");
        assertThat(priority.get("new").asString()).isEqualTo("HIGH");
    }

    @Test
    void secondAgentEditingFromAnOldVersionGetsAConflictSayingWhatChanged() {
        JsonNode ticket = open("conflict@example.com", "Wrong item delivered");
        String ref = ticket.get("reference").asString();
        long seen = version(ticket);

        ok(patch(ref, Map.of("version", seen, "priority", "URGENT")), 200);
        Api.Reply stale = patch(ref, Map.of("version", seen, "priority", "LOW"));

        assertProblem(stale, 409, "conflict");
        JsonNode change = stale.json().get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("priority");
        assertThat(change.get("newValue").asString()).isEqualTo("URGENT");
        assertThat(get(ref).get("priority").asString())
                .as("never silently overwritten")
                .isEqualTo("URGENT");

        ok(patch(ref, Map.of("version", seen, "type", "INCIDENT")), 200);
        assertThat(get(ref).get("type").asString())
                .as("other fields are no conflict")
                .isEqualTo("INCIDENT");
    }

    @Test
    void missedDeadlinesAreMarkedAndResolvedTicketsCloseByThemselves() {
        String ref = open("timers@example.com", "No answer for days")
                .get("reference")
                .asString();
        Instant dayLater = Instant.now().plus(Duration.ofHours(25));

        timers.markBreaches(dayLater);

        JsonNode ticket = get(ref);
        assertThat(ticket.get("sla").get("firstResponseBreached").asBoolean()).isTrue();
        assertThat(ticket.get("sla").get("resolutionBreached").asBoolean()).isTrue();
        ok(status(ref, version(ticket), "RESOLVED", null), 200);

        timers.closeResolved(Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));

        assertThat(get(ref).get("status").asString()).isEqualTo("CLOSED");
        JsonNode history = ok(anna().get("/api/v1/tickets/" + ref + "/history"), 200);
        assertThat(history.toString()).contains("SLA_BREACHED", "FIRST_RESPONSE", "RESOLUTION", "system:auto-close");
    }

    @Test
    void unknownTicketsAndIdsAreNotFound() {
        assertThat(anna().get("/api/v1/tickets/HD-987654321/history").status()).isEqualTo(404);
        assertProblem(status("HD-987654321", 1, "OPEN", null), 404, "not-found");
        assertThat(anna().get("/api/v1/attachments/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(anna().get("/api/v1/customers/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void auditorReadsButCannotChangeTickets() {
        String ref =
                open("readonly@example.com", "Refund missing").get("reference").asString();
        Api olga = Api.as(port, Personas.OLGA_AUDITOR);

        assertThat(olga.get("/api/v1/tickets/" + ref + "/messages").status()).isEqualTo(200);
        assertThat(send(
                                Personas.OLGA_AUDITOR,
                                "PATCH",
                                "/api/v1/tickets/" + ref,
                                "application/json",
                                "{\"version\":1,\"priority\":\"LOW\"}".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        assertThat(olga.postJson("/api/v1/tickets/" + ref + "/escalation", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void attachmentsAreCheckedAndServedAsDownloadsOnly() {
        String ref =
                open("files@example.com", "Damaged kettle").get("reference").asString();

        Api.Reply stored =
                upload(ref, "photo notes.txt", "text/plain", "the lid is cracked".getBytes(StandardCharsets.UTF_8));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String id = stored.json().get("id").asString();
        HttpResponse<byte[]> download = raw(Personas.ANNA_AGENT, "/api/v1/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("the lid is cracked");

        assertProblem(
                upload(ref, "page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                400,
                "invalid-input");
        assertProblem(upload(ref, "huge.pdf", "application/pdf", new byte[9 * 1024 * 1024]), 413, "too-large");
    }

    @Test
    void duplicateIsMergedAndItsConversationMoves() {
        String original =
                open("merge@example.com", "Charged twice").get("reference").asString();
        String duplicate = open("merge@example.com", "Double charge again")
                .get("reference")
                .asString();
        ok(
                anna().postJson(
                                "/api/v1/tickets/" + duplicate + "/messages",
                                Map.of("body", "Customer called again", "visibility", "INTERNAL")),
                201);

        JsonNode remaining =
                ok(anna().postJson("/api/v1/tickets/" + duplicate + "/merge", Map.of("into", original)), 200);

        assertThat(remaining.get("reference").asString()).isEqualTo(original);
        JsonNode merged = get(duplicate);
        assertThat(merged.get("status").asString()).isEqualTo("CLOSED");
        assertThat(merged.get("links").get("mergedInto").asString()).isEqualTo(original);
        assertThat(ok(anna().get("/api/v1/tickets/" + original + "/messages"), 200)
                        .toString())
                .contains("Customer called again");
        assertThat(ok(anna().get("/api/v1/tickets/" + original + "/links"), 200).toString())
                .contains("MERGED_FROM", duplicate);
        assertProblem(
                anna().postJson("/api/v1/tickets/" + duplicate + "/merge", Map.of("into", original)),
                409,
                "invalid-transition");
    }

    @Test
    void escalationIsRecordedOnceWithItsReason() {
        String ref =
                open("escalate@example.com", "Threat to sue").get("reference").asString();

        JsonNode ticket =
                ok(anna().postJson("/api/v1/tickets/" + ref + "/escalation", Map.of("reason", "Legal threat")), 200);

        assertThat(ticket.get("progress").get("escalated").asBoolean()).isTrue();
        assertThat(ok(anna().get("/api/v1/tickets/" + ref + "/escalations"), 200)
                        .get(0)
                        .get("reason")
                        .asString())
                .isEqualTo("Legal threat");
        assertProblem(
                anna().postJson("/api/v1/tickets/" + ref + "/escalation", Map.of("reason", "again")),
                409,
                "invalid-transition");
        assertProblem(
                anna().postJson("/api/v1/tickets/" + ref + "/escalation", Map.of("reason", " ")), 400, "invalid-input");
    }

    @Test
    void sameCustomerAgainOnTheSameCategoryIsARepeatContact() {
        String first = open("repeat@example.com", "Where is my parcel")
                .get("reference")
                .asString();
        JsonNode second = open("repeat@example.com", "Still no parcel");

        assertThat(second.get("links").get("repeatOf").asString()).isEqualTo(first);
    }

    @Test
    void agentTakesTheNextTicketFromHerTeamsQueue() {
        String ref =
                open("queue@example.com", "Courier was rude").get("reference").asString();

        JsonNode taken = ok(anna().post("/api/v1/tickets/take-next?team=" + deliveryTeam.id(), ""), 200);

        assertThat(taken.get("reference").asString()).isEqualTo(ref);
        assertThat(taken.get("assignee").asString()).isEqualTo(Personas.ANNA_AGENT);
        JsonNode mine = ok(anna().get("/api/v1/tickets?view=MINE&size=200"), 200);
        assertThat(mine.get("items").toString()).contains(ref);
        assertThat(anna().get("/api/v1/tickets?view=SOMEWHERE").status()).isEqualTo(400);
    }

    private JsonNode open(String email, String subject) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("subject", subject);
        draft.put("description", "Told on the phone: " + subject);
        draft.put("customerEmail", email);
        draft.put("customerName", "Maria Petrova");
        draft.put("channel", "PHONE");
        draft.put("type", "COMPLAINT");
        draft.put("categoryId", deliveryCategory);
        draft.put("teamId", deliveryTeam.id().toString());
        return ok(anna().postJson("/api/v1/tickets", draft), 201);
    }

    private JsonNode get(String ref) {
        return ok(anna().get("/api/v1/tickets/" + ref), 200);
    }

    private Api.Reply status(String ref, long version, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("status", status);
        if (reason != null) {
            body.put("pendingReason", reason);
        }
        return anna().postJson("/api/v1/tickets/" + ref + "/status", body);
    }

    private Api.Reply patch(String ref, Map<String, ?> body) {
        return send(
                Personas.ANNA_AGENT,
                "PATCH",
                "/api/v1/tickets/" + ref,
                "application/json",
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply upload(String ref, String filename, String type, byte[] content) {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(
                Personas.ANNA_AGENT,
                "POST",
                "/api/v1/tickets/" + ref + "/attachments",
                "multipart/form-data; boundary=" + boundary,
                body);
    }

    private Api.Reply send(String user, String method, String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> raw(String user, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Authorization", basic(user))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Personas.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long version(JsonNode ticket) {
        return ticket.get("version").asLong();
    }

    private static JsonNode ok(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:helpdesk:problem:" + type);
    }
}
