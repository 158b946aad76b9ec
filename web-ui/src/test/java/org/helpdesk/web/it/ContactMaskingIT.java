package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Customers' e-mail addresses and phone numbers are masked for quality managers and auditors on pages, in the API
 * and in exports, and shown in full to agents and administrators.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class ContactMaskingIT {

    private static final String PHONE = "+359 888 123 412";
    private static final String MASKED_PHONE = "+359 *** ** 12";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String mailbox = "masked" + UUID.randomUUID().toString().substring(0, 8);
    private final String email = mailbox + "@example.org";
    private final String maskedEmail = "m***@example.org";

    @Test
    void qualityManagersAndAuditorsGetMaskedContactsFromTheApi() {
        String reference = openTicket();
        String customerId = customerId();

        Api.Reply ticketForQuentin = Api.as(port, Personas.QUENTIN_QUALITY).get("/api/v1/tickets/" + reference);
        JsonNode customerForOlga = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/customers/" + customerId)
                .json();
        Api.Reply lookupForOlga = Api.as(port, Personas.OLGA_AUDITOR).get("/api/v1/customers?q=" + mailbox);

        assertThat(ticketForQuentin.json().get("customerEmail").asString()).isEqualTo(maskedEmail);
        assertThat(ticketForQuentin.body()).doesNotContain(email);
        assertThat(customerForOlga.get("email").asString()).isEqualTo(maskedEmail);
        assertThat(customerForOlga.get("phone").asString()).isEqualTo(MASKED_PHONE);
        assertThat(lookupForOlga.json().get(0).get("email").asString()).isEqualTo(maskedEmail);
        assertThat(lookupForOlga.body()).doesNotContain(email, PHONE);

        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .get("/api/v1/tickets/" + reference)
                        .json()
                        .get("customerEmail")
                        .asString())
                .isEqualTo(email);
        JsonNode customerForAdam = Api.as(port, Personas.ADAM_ADMIN)
                .get("/api/v1/customers/" + customerId)
                .json();
        assertThat(customerForAdam.get("email").asString()).isEqualTo(email);
        assertThat(customerForAdam.get("phone").asString()).isEqualTo(PHONE);
    }

    @Test
    void qualityManagersAndAuditorsSeeMaskedContactsOnPages() throws Exception {
        String reference = openTicket();
        String customerId = customerId();

        String ticketForOlga =
                page("/tickets/" + reference, user(Personas.OLGA_AUDITOR).roles("AUDITOR"));
        String customerForQuentin =
                page("/customers/" + customerId, user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"));
        String listForQuentin =
                page("/tickets?q=" + mailbox, user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"));

        assertThat(ticketForOlga).contains(maskedEmail).doesNotContain(email);
        assertThat(customerForQuentin).contains(maskedEmail, MASKED_PHONE).doesNotContain(email, PHONE);
        assertThat(listForQuentin).doesNotContain(email);
        assertThat(page("/tickets/" + reference, user(Personas.ANNA_AGENT).roles("AGENT")))
                .contains(email);
        assertThat(page("/customers/" + customerId, user(Personas.ADAM_ADMIN).roles("ADMIN")))
                .contains(email, PHONE);
    }

    @Test
    void searchExportsShowMaskedAddressesToAuditorsAndFullOnesToAgents() throws Exception {
        String word = "mask" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            index.add("Export " + word, Instant.parse("2025-03-01T08:00:00Z"), Map.of("customerEmail", email));
            index.flush();

            String forOlga = export(Personas.OLGA_AUDITOR, word);
            String pageForQuentin = streamed(
                    "/search/export.csv?q=" + word,
                    user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"));
            String forAnna = export(Personas.ANNA_AGENT, word);

            assertThat(forOlga).contains(maskedEmail).doesNotContain(email);
            assertThat(pageForQuentin).contains(maskedEmail).doesNotContain(email);
            assertThat(forAnna).contains(email);
        }
    }

    /** A page that streams its file: the body arrives on the asynchronous dispatch. */
    private String streamed(String path, RequestPostProcessor reader) throws Exception {
        MvcResult started = mvc.perform(get(path).with(reader)).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String export(String who, String word) {
        Api.Download csv = Api.as(port, who).download("/api/v1/search/tickets/export?format=csv&sort=oldest&q=" + word);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        return csv.text();
    }

    private String openTicket() {
        Api.Reply created = Api.as(port, Personas.ANNA_AGENT)
                .postJson(
                        "/api/v1/tickets",
                        Map.of(
                                "subject",
                                "Masked kettle " + mailbox,
                                "description",
                                "Broken",
                                "customerEmail",
                                email,
                                "customerPhone",
                                PHONE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("reference").asString();
    }

    private String customerId() {
        return jdbc.sql("select id::text from customer where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private String page(String path, RequestPostProcessor reader) throws Exception {
        var response = mvc.perform(get(path).with(reader)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
