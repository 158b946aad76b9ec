package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * An agent sees and works the tickets of their teams, their own and the shared triage queue (no team); another
 * team's ticket is "not found" to them everywhere (by reference, its conversation and history, search and its
 * facets, the customer's tickets) until they join that team. Quality managers see every ticket.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class TeamVisibilityIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Teams teams;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String agent = "vera.agent." + suffix;
    private final String word =
            "vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String email = "vis-" + suffix + "@example.org";

    @Test
    void anAgentFindsOnlyTheirTeamsTicketsUntilTheyJoinAnotherTeam() throws Exception {
        accounts.createIfAbsent(agent, "Vera Agent", encoder.encode(Personas.PASSWORD), Set.of(Role.AGENT));
        Team mine = teams.create("Visible " + suffix, null);
        Team other = teams.create("Hidden " + suffix, null);
        teams.addMember(mine.id(), agent);
        String ownTeams = open(mine);
        String triage = open(null);
        String othersTicket = open(other);
        Api vera = Api.as(port, agent);

        for (String path : List.of("", "/history", "/messages", "/attachments", "/links", "/escalations")) {
            assertThat(vera.get("/api/v1/tickets/" + othersTicket + path).status())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(vera.get("/api/v1/search/tickets/" + othersTicket + "/similar")
                        .status())
                .isEqualTo(404);
        assertThat(vera.postJson("/api/v1/tickets/" + othersTicket + "/escalation", Map.of("reason", "mine now"))
                        .status())
                .isEqualTo(404);
        assertThat(vera.send("PATCH", "/api/v1/tickets/" + othersTicket, "{\"version\": 0, \"subject\": \"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(vera.postJson("/api/v1/tickets/" + othersTicket + "/messages", Map.of("body", "hello"))
                        .status())
                .isEqualTo(404);
        assertThat(page("/tickets/" + othersTicket)).isEqualTo(404);
        mvc.perform(post("/tickets/" + othersTicket + "/escalation")
                        .param("reason", "mine now")
                        .with(csrf())
                        .with(vera()))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
        assertThat(jdbc.sql("select count(*) from ticket_escalation e join ticket t on t.id = e.ticket_id"
                                + " where t.number = ?")
                        .param(Long.parseLong(othersTicket.substring(3)))
                        .query(Long.class)
                        .single())
                .as("nothing was changed")
                .isZero();

        assertThat(vera.get("/api/v1/tickets/" + ownTeams).status()).isEqualTo(200);
        assertThat(vera.get("/api/v1/tickets/" + triage).status()).isEqualTo(200);
        assertThat(page("/tickets/" + ownTeams)).isEqualTo(200);
        assertThat(customersTickets(vera)).containsExactlyInAnyOrder(ownTeams, triage);
        assertThat(listed(vera)).contains(ownTeams, triage).doesNotContain(othersTicket);

        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(found(quentin)).hasSize(3));
        JsonNode veras = vera.search(word).json();
        assertThat(references(veras)).containsExactlyInAnyOrder(ownTeams, triage);
        assertThat(veras.get("total").asLong()).isEqualTo(2);
        assertThat(veras.get("facets").get("team").toString())
                .contains(mine.id().toString())
                .doesNotContain(other.id().toString());
        assertThat(quentin.get("/api/v1/tickets/" + othersTicket).status()).isEqualTo(200);
        // Reports drill down to the tickets behind a figure: an agent's figures are of their own and their teams'.
        JsonNode drill = vera.get("/api/v1/reports/kpis/created-tickets/tickets?period=month&size=200")
                .json();
        List<String> drilled = new ArrayList<>();
        drill.get("items").forEach(item -> drilled.add(item.get("reference").asString()));
        assertThat(drilled).contains(ownTeams).doesNotContain(othersTicket);

        teams.addMember(other.id(), agent);

        assertThat(vera.get("/api/v1/tickets/" + othersTicket).status()).isEqualTo(200);
        assertThat(page("/tickets/" + othersTicket)).isEqualTo(200);
        assertThat(found(vera)).containsExactlyInAnyOrder(ownTeams, triage, othersTicket);
        assertThat(customersTickets(vera)).hasSize(3);
    }

    private String open(Team team) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("subject", "Parcel " + word);
        draft.put("description", "Parcel lost " + word);
        draft.put("customerEmail", email);
        if (team != null) {
            draft.put("teamId", team.id().toString());
        }
        Api.Reply created = Api.as(port, Personas.ADAM_ADMIN).postJson("/api/v1/tickets", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("reference").asString();
    }

    private RequestPostProcessor vera() {
        return user(agent).roles("AGENT");
    }

    private int page(String path) throws Exception {
        return mvc.perform(get(path).with(vera())).andReturn().getResponse().getStatus();
    }

    private List<String> found(Api api) {
        return references(api.search(word).json());
    }

    private static List<String> references(JsonNode result) {
        List<String> references = new ArrayList<>();
        result.get("hits").forEach(h -> references.add(h.get("reference").asString()));
        return references;
    }

    private List<String> customersTickets(Api api) {
        String customer = jdbc.sql("select id::text from customer where email = ?")
                .param(email)
                .query(String.class)
                .single();
        List<String> references = new ArrayList<>();
        api.get("/api/v1/customers/" + customer + "/tickets")
                .json()
                .forEach(t -> references.add(t.get("reference").asString()));
        return references;
    }

    private List<String> listed(Api api) {
        List<String> references = new ArrayList<>();
        api.get("/api/v1/tickets?size=100")
                .json()
                .get("items")
                .forEach(t -> references.add(t.get("reference").asString()));
        return references;
    }
}
