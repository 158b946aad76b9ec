package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The customer's page: agents keep the profile up to date, everyone who works tickets sees it with their tickets. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class CustomerPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor anna() {
        return user(Personas.ANNA_AGENT).roles("AGENT");
    }

    @Test
    void agentSeesTheCustomerWithTheirTicketsAndUpdatesTheProfile() throws Exception {
        String email = "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String reference = openTicketFor(email);
        String id = customerId(email);

        mvc.perform(get("/tickets/" + reference).with(anna()))
                .andExpect(content().string(containsString("/customers/" + id)));
        mvc.perform(get("/customers/" + id).with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString(reference)));

        mvc.perform(post("/customers/" + id)
                        .with(anna())
                        .with(csrf())
                        .param("name", "<b>Иван Петров</b>")
                        .param("phone", "+359 88 123 4567")
                        .param("language", "bg")
                        .param("company", "Acme OOD")
                        .param("segment", "business"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers/" + id));

        JsonNode saved =
                Api.as(port, Personas.ANNA_AGENT).get("/api/v1/customers/" + id).json();
        assertThat(saved.get("phone").asString()).isEqualTo("+359 88 123 4567");
        assertThat(saved.get("language").asString()).isEqualTo("bg");
        assertThat(saved.get("segment").asString()).isEqualTo("business");
        assertThat(saved.get("email").asString()).isEqualTo(email);
        mvc.perform(get("/customers/" + id).with(anna()))
                .andExpect(content().string(containsString("&lt;b&gt;Иван Петров&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Иван"))));
    }

    @Test
    void invalidValuesAreShownAgainWithA400AndNothingIsSaved() throws Exception {
        String email = "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        openTicketFor(email);
        String id = customerId(email);

        mvc.perform(post("/customers/" + id)
                        .with(anna())
                        .with(csrf())
                        .param("name", "Valid name")
                        .param("phone", "call me maybe")
                        .param("segment", "x".repeat(41)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a phone number.")))
                .andExpect(content().string(containsString("This text is too long.")))
                .andExpect(content().string(containsString("call me maybe")));

        JsonNode unchanged =
                Api.as(port, Personas.ANNA_AGENT).get("/api/v1/customers/" + id).json();
        assertThat(unchanged.get("name").asString()).isEqualTo("Мария Иванова");
        assertThat(unchanged.get("phone").isNull()).isTrue();
    }

    @Test
    void readersSeeTheProfileButCannotChangeItAndUnknownCustomersAre404() throws Exception {
        String email = "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        openTicketFor(email);
        String id = customerId(email);
        RequestPostProcessor olga = user(Personas.OLGA_AUDITOR).roles("AUDITOR");

        mvc.perform(get("/customers/" + id).with(olga))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"phone\""))));
        mvc.perform(post("/customers/" + id).with(olga).with(csrf()).param("name", "Changed"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/customers/" + UUID.randomUUID()).with(anna())).andExpect(status().isNotFound());
        mvc.perform(get("/customers/not-an-id").with(anna())).andExpect(status().is4xxClientError());
        mvc.perform(get("/customers/" + id)).andExpect(status().is3xxRedirection());
    }

    private String openTicketFor(String email) {
        Api.Reply opened = Api.as(port, Personas.ANNA_AGENT)
                .postJson(
                        "/api/v1/tickets",
                        Map.of(
                                "subject", "Счёт выставлен дважды",
                                "description", "Клиентке выставили счёт два раза",
                                "customerEmail", email,
                                "customerName", "Мария Иванова",
                                "priority", "NORMAL"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("reference").asString();
    }

    private String customerId(String email) {
        JsonNode found = Api.as(port, Personas.ANNA_AGENT)
                .get("/api/v1/customers?q=" + email)
                .json();
        assertThat(found.size()).isEqualTo(1);
        JsonNode id = found.get(0).get("id");
        return (id.isObject() ? id.get("value") : id).asString();
    }
}
