package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a complaints file shaped like the CFPB export: the report's "% complaints by product" and SLA compliance
 * ("% timely") equal a direct count of the file; nothing is mailed, no SLA clock starts, the tickets are searchable,
 * and importing the file again stores nothing twice.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class TicketImportIT {

    static final String CFPB_MAPPING = """
            {"externalId": "complaint_id", "created": "date_received", "subject": "issue",
             "description": "narrative", "product": "product", "category": "issue", "channel": "submitted_via",
             "status": "company_response", "respondedOnTime": "timely_response"}""";
    static final String HEADER = "complaint_id\tdate_received\tproduct\tsub_product\tissue\tsubmitted_via"
            + "\tcompany_response\ttimely_response\tnarrative\n";
    static final List<LocalDate[]> MARCH_2015 =
            List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31)});
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Thirty complaints over three products, every company response and channel of the export, a few late. */
    static String fixture(String run) {
        List<String> products = List.of("Debt collection " + run, "Mortgage " + run, "Credit card " + run);
        List<String> responses = List.of(
                "Closed with explanation",
                "In progress",
                "Closed with monetary relief",
                "Untimely response",
                "Closed with non-monetary relief",
                "Closed");
        List<String> channels = List.of("", "Web", "Phone", "Postal mail", "Referral");
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            String product = products.get(i % 7 < 4 ? 0 : i % 2 == 0 ? 1 : 2);
            file.append(run)
                    .append('-')
                    .append(i)
                    .append('\t')
                    .append(LocalDate.of(2015, 3, 1 + i % 28))
                    .append('\t')
                    .append(product)
                    .append("\t\t")
                    .append(i % 3 == 0 ? "Communication tactics" : "Loan servicing, payments, escrow account")
                    .append('\t')
                    .append(channels.get(i % channels.size()))
                    .append('\t')
                    .append(responses.get(i % responses.size()))
                    .append('\t')
                    .append(i % 4 == 3 ? "No" : "Yes")
                    .append('\t')
                    .append(i == 5 ? "They keep calling me, reference " + run + "narrative" : "")
                    .append('\n');
        }
        return file.toString();
    }

    @Test
    void complaintSharesAndTimelyShareInTheReportEqualADirectCountAndAReimportStoresNothingTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = fixture(run);
        ComplaintCounts direct = ComplaintCounts.of(file, "product", "timely_response");
        TicketImportClient client = new TicketImportClient(mvc);

        JsonNode uploaded = client.upload(file.getBytes(StandardCharsets.UTF_8), "complaints-" + run + ".tsv");
        String id = uploaded.get("job").get("id").asString();
        assertThat(uploaded.get("job").get("format").asString()).isEqualTo("TSV");
        JsonNode preview = client.postJson(TicketImportClient.API + "/" + id + "/preview", CFPB_MAPPING, 200);
        assertThat(preview.get("valid").asInt()).isEqualTo(30);
        assertThat(preview.get("rejected").asInt()).isZero();
        assertThat(preview.get("sample").get(0).get("status").asString()).isEqualTo("RESOLVED");
        assertThat(importedTickets(run)).as("a preview stores nothing").isZero();

        client.postJson(TicketImportClient.API + "/" + id + "/start", CFPB_MAPPING, 202);
        JsonNode done = client.awaitFinished(id, Duration.ofSeconds(60));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("imported").asInt()).isEqualTo(30);
        assertThat(importedTickets(run)).isEqualTo(30);

        List<UUID> products = productIds(run);
        assertThat(products).hasSize(3);
        TicketImportClient.ReportCounts report = client.counts(MARCH_2015, products);
        assertThat(report.complaints()).isEqualTo(direct.total()).isEqualTo(30);
        assertThat(report.byProduct()).isEqualTo(direct.byProduct());
        assertThat(report.slaMet()).isEqualTo(direct.timely());
        assertThat(report.slaWithOutcome()).isEqualTo(direct.timely() + direct.untimely());
        JsonNode single = client.report("period=custom&from=2015-03-01&to=2015-03-31&by=product"
                + products.stream().map(p -> "&product=" + p).reduce("", String::concat));
        for (JsonNode group : TicketImportClient.kpi(single, "COMPLAINTS").get("breakdown")) {
            assertThat(group.get("share").decimalValue())
                    .as(group.get("label").asString())
                    .isEqualByComparingTo(
                            percent(direct.byProduct().get(group.get("label").asString()), 30));
        }
        assertThat(TicketImportClient.kpi(single, "SLA_FIRST_RESPONSE")
                        .get("current")
                        .get("value")
                        .decimalValue())
                .isEqualByComparingTo(percent(direct.timely(), direct.timely() + direct.untimely()));

        assertThat(jdbc.sql("select count(*) from mail_outbox m join imported_ticket i on i.ticket_id = m.ticket_id"
                                + " where i.import_key like ?")
                        .param("id:" + run + "-%")
                        .query(Long.class)
                        .single())
                .as("no customer mail")
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from ticket t join imported_ticket i on i.ticket_id = t.id
                         where i.import_key like ? and t.source = 'IMPORT' and t.sla_policy_id is null
                           and t.sla_due_at is null and t.first_response_due is null""").param("id:" + run + "-%").query(Long.class).single())
                .as("imported, no SLA clock")
                .isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'TICKET_IMPORT_STARTED' and target_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        awaitSearchable(run + "narrative");

        JsonNode again = client.importFile(
                file.getBytes(StandardCharsets.UTF_8), "again.tsv", CFPB_MAPPING, Duration.ofSeconds(60));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(30);
        assertThat(importedTickets(run)).as("stored exactly once").isEqualTo(30);
        assertThat(client.counts(MARCH_2015, products).complaints()).isEqualTo(30);
    }

    @Test
    void badRowsAreReportedByLineAndBadFilesMappingsAndReadersRefused() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER
                + run + "-1\t2015-03-02\tMortgage " + run + "\t\tLoan servicing\tWeb\tClosed\tYes\t\n"
                + run + "-2\tsomeday\tMortgage " + run + "\t\tLoan servicing\tWeb\tClosed\tYes\t\n"
                + run + "-3\t2015-03-02\tMortgage " + run + "\t\tLoan servicing\tWeb\tSent to regulator\tYes\t\n"
                + run + "-4\t2015-03-02\tMortgage " + run + "\t\tLoan servicing\tWeb\tClosed\tmaybe\t\n"
                + run + "-5\t2015-03-02\ttoo few fields\n";
        TicketImportClient client = new TicketImportClient(mvc);
        String id = client.upload(file.getBytes(StandardCharsets.UTF_8), "bad.tsv")
                .get("job")
                .get("id")
                .asString();

        JsonNode preview = client.postJson(TicketImportClient.API + "/" + id + "/preview", CFPB_MAPPING, 200);
        assertThat(preview.get("valid").asInt()).isEqualTo(1);
        assertThat(preview.get("problems").toString())
                .contains("\"line\":3", "not understood", "\"line\":4", "Sent to regulator", "\"line\":5")
                .contains("neither yes nor no", "\"line\":6", "fields");
        client.postJson(TicketImportClient.API + "/" + id + "/preview", "{\"created\": \"nope\"}", 400);
        client.postJson(TicketImportClient.API + "/" + id + "/start", "{\"subject\": \"issue\"}", 400);
        JsonNode done = client.importFile(
                file.getBytes(StandardCharsets.UTF_8), "bad-again.tsv", CFPB_MAPPING, Duration.ofSeconds(60));
        assertThat(done.get("imported").asInt()).isEqualTo(1);
        assertThat(done.get("rejected").asInt()).isEqualTo(4);
        assertThat(done.get("problems")).hasSize(4);

        mvc.perform(multipart(TicketImportClient.API)
                        .file(new MockMultipartFile("file", "x.tsv", "text/plain", new byte[0]))
                        .with(TicketImportClient.adam()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(TicketImportClient.API + "/" + UUID.randomUUID()).with(TicketImportClient.adam()))
                .andExpect(status().isNotFound());
        for (var reader : List.of(
                user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER"),
                user(Personas.ANNA_AGENT).roles("AGENT"),
                user(Personas.OLGA_AUDITOR).roles("AUDITOR"))) {
            mvc.perform(get(TicketImportClient.API).with(reader)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/ticket-imports").with(reader)).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePagesUploadGuessTheCfpbColumnsPreviewAndShowProgress() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER + run + "-1\t2015-03-02\tMortgage " + run + "\t\tLoan servicing\tWeb\tIn progress\tNo\t\n";
        String location = mvc.perform(multipart("/admin/ticket-imports")
                        .file(new MockMultipartFile(
                                "file", "p.tsv", "text/plain", file.getBytes(StandardCharsets.UTF_8)))
                        .with(TicketImportClient.adam())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(TicketImportClient.adam()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"timely_response\" selected=\"selected\">")))
                .andExpect(
                        content().string(containsString("<option value=\"company_response\" selected=\"selected\">")));
        mvc.perform(post(location)
                        .with(TicketImportClient.adam())
                        .with(csrf())
                        .param("action", "preview")
                        .param("created", "date_received")
                        .param("subject", "issue")
                        .param("status", "company_response")
                        .param("respondedOnTime", "timely_response")
                        .param("externalId", "complaint_id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Of 1 rows, 1 would be imported and 0 not.")));
        mvc.perform(post(location)
                        .with(TicketImportClient.adam())
                        .with(csrf())
                        .param("action", "preview")
                        .param("subject", "issue"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(location)
                        .with(TicketImportClient.adam())
                        .with(csrf())
                        .param("action", "start")
                        .param("created", "date_received")
                        .param("subject", "issue")
                        .param("externalId", "complaint_id"))
                .andExpect(status().is3xxRedirection());
        String id = location.substring(location.lastIndexOf('/') + 1);
        new TicketImportClient(mvc).awaitFinished(id, Duration.ofSeconds(60));
        mvc.perform(get(location).with(TicketImportClient.adam()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("1 imported")));
        mvc.perform(get("/admin/ticket-imports").with(TicketImportClient.adam()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("p.tsv")));
    }

    private void awaitSearchable(String word) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode found = JSON.readTree(
                    mvc.perform(get("/api/v1/search/tickets?q=" + word).with(TicketImportClient.quentin()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
            if (found.path("total").asLong() > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the imported ticket mentioning " + word + " was not indexed within 60 s");
    }

    private long importedTickets(String run) {
        return jdbc.sql("select count(*) from imported_ticket where import_key like ?")
                .param("id:" + run + "-%")
                .query(Long.class)
                .single();
    }

    private List<UUID> productIds(String run) {
        return new ArrayList<>(jdbc.sql("select id from product where name like ?")
                .param("% " + run)
                .query(UUID.class)
                .list());
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
