package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The documented check of docs/kpi.md: the real CFPB complaints file imported through the ticket import, its "%
 * complaints by product" and "% timely" (SLA compliance) from the report API, against a direct count of the file.
 * Off in the normal build (32,000 tickets); run it with
 * {@code ./mvnw -B -ntp verify -pl helpdesk-core,reporting,web-ui -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=CfpbComplaintsCheckIT -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dcfpb.complaints=/work/shared/datasets/complaints/en-cfpb/complaints.tsv}. The table it prints is written to
 * {@code web-ui/target/cfpb-check.md}.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "cfpb.complaints", matches = ".*")
class CfpbComplaintsCheckIT {

    /** The file spans August 2012 to April 2023; a report covers at most ten years, so two reports add up. */
    static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {LocalDate.of(2012, 1, 1), LocalDate.of(2017, 12, 31)},
            new LocalDate[] {LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)});

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reportSharesAndTimelyShareEqualADirectCountOfTheFile() throws Exception {
        Path file = Path.of(System.getProperty("cfpb.complaints"));
        assertThat(file).as("-Dcfpb.complaints names the CFPB complaints.tsv").isRegularFile();
        byte[] content = Files.readAllBytes(file);
        ComplaintCounts direct = ComplaintCounts.of(
                new String(content, java.nio.charset.StandardCharsets.UTF_8), "product", "timely_response");
        TicketImportClient client = new TicketImportClient(mvc);

        long started = System.nanoTime();
        JsonNode job = client.importFile(
                content, file.getFileName().toString(), TicketImportIT.CFPB_MAPPING, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("rejected").asInt())
                .as(job.get("problems").toString())
                .isZero();
        assertThat(job.get("imported").asLong() + job.get("duplicates").asLong())
                .isEqualTo(direct.total());

        List<UUID> products = new ArrayList<>();
        for (String name : direct.byProduct().keySet()) {
            products.add(jdbc.sql("select id from product where lower(name) = ?")
                    .param(name.toLowerCase(Locale.ROOT))
                    .query(UUID.class)
                    .single());
        }
        TicketImportClient.ReportCounts report = client.counts(PERIODS, products);

        String table = table(direct, report, job, seconds);
        System.out.println(table);
        Files.writeString(Path.of("target", "cfpb-check.md"), table);
        assertThat(report.complaints()).isEqualTo(direct.total());
        assertThat(report.byProduct()).isEqualTo(direct.byProduct());
        assertThat(report.slaMet()).isEqualTo(direct.timely());
        assertThat(report.slaWithOutcome()).isEqualTo(direct.timely() + direct.untimely());
    }

    private static String table(
            ComplaintCounts direct, TicketImportClient.ReportCounts report, JsonNode job, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Imported %d, already there %d, rejected %d, in %.0f s.%n%n",
                job.get("imported").asLong(),
                job.get("duplicates").asLong(),
                job.get("rejected").asLong(),
                seconds));
        out.append("| product | file: complaints | file: % | report: complaints | report: % |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        direct.byProduct().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %d | %.2f |%n",
                        e.getKey(),
                        e.getValue(),
                        direct.share(e.getKey()),
                        report.byProduct().getOrDefault(e.getKey(), 0L),
                        report.share(e.getKey()))));
        out.append(String.format(
                Locale.ROOT, "| **all** | %d | 100.00 | %d | 100.00 |%n%n", direct.total(), report.complaints()));
        out.append("| % timely | file | report (SLA compliance, first response) |\n|---|---:|---:|\n");
        out.append(String.format(
                Locale.ROOT,
                "| on time ÷ with an answer | %d ÷ %d = %.2f %% | %d ÷ %d = %.2f %% |%n",
                direct.timely(),
                direct.timely() + direct.untimely(),
                direct.timelyPercent(),
                report.slaMet(),
                report.slaWithOutcome(),
                report.timelyPercent()));
        return out.toString();
    }
}
