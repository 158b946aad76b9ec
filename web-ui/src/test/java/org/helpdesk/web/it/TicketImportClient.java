package org.helpdesk.web.it;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the ticket import API as the administrator, and reads the complaint figures of the report API. */
final class TicketImportClient {

    static final String API = "/api/v1/admin/ticket-imports";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    TicketImportClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor adam() {
        return user(Personas.ADAM_ADMIN).roles("ADMIN");
    }

    static RequestPostProcessor quentin() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }

    JsonNode upload(byte[] content, String name) throws Exception {
        return JSON.readTree(mvc.perform(multipart(API)
                        .file(new MockMultipartFile("file", name, "text/tab-separated-values", content))
                        .with(adam()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode postJson(String path, String json, int expected) throws Exception {
        String body = mvc.perform(post(path)
                        .with(adam())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    /** Uploads, starts under the mapping and waits for the end; the finished job. */
    JsonNode importFile(byte[] content, String name, String mapping, Duration patience) throws Exception {
        String id = upload(content, name).get("job").get("id").asString();
        postJson(API + "/" + id + "/start", mapping, 202);
        return awaitFinished(id, patience);
    }

    JsonNode awaitFinished(String id, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = JSON.readTree(mvc.perform(get(API + "/" + id).with(adam()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("ticket import " + id + " did not finish within " + patience);
    }

    JsonNode report(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/reports?" + query).with(quentin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /**
     * The report's complaint and SLA counts over custom periods (a report covers at most ten years), by product,
     * restricted to the given products: complaints per product label, first responses on time and with an outcome.
     */
    ReportCounts counts(List<LocalDate[]> periods, Collection<UUID> products) throws Exception {
        String filter = products.stream().map(p -> "&product=" + p).collect(Collectors.joining());
        Map<String, Long> byProduct = new HashMap<>();
        long complaints = 0;
        long met = 0;
        long withOutcome = 0;
        for (LocalDate[] period : periods) {
            JsonNode report = report(
                    "period=custom&from=" + period[0] + "&to=" + period[1] + "&trend=quarter&by=product" + filter);
            JsonNode complaintKpi = kpi(report, "COMPLAINTS");
            complaints += complaintKpi.get("current").get("matching").asLong();
            for (JsonNode group : complaintKpi.get("breakdown")) {
                byProduct.merge(
                        group.get("label").asString(),
                        group.get("current").get("matching").asLong(),
                        Long::sum);
            }
            JsonNode sla = kpi(report, "SLA_FIRST_RESPONSE").get("current");
            met += sla.get("matching").asLong();
            withOutcome += sla.get("base").asLong();
        }
        return new ReportCounts(byProduct, complaints, met, withOutcome);
    }

    static JsonNode kpi(JsonNode report, String kpi) {
        for (JsonNode result : report.get("kpis")) {
            if (result.get("kpi").asString().equals(kpi)) {
                return result;
            }
        }
        throw new AssertionError("the report has no " + kpi);
    }

    /** What the report API says, as counts. */
    record ReportCounts(Map<String, Long> byProduct, long complaints, long slaMet, long slaWithOutcome) {

        double share(String product) {
            return byProduct.getOrDefault(product, 0L) * 100.0 / complaints;
        }

        double timelyPercent() {
            return slaMet * 100.0 / slaWithOutcome;
        }
    }
}
