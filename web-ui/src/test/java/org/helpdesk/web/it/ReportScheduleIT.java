package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.MailServer;
import org.helpdesk.reporting.ReportSchedules;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Report schedules on the running app: a schedule mails the report of the last complete period through the outbox
 * to the dev stack's GreenMail, its attachment shows the API's numbers, every run is recorded, due schedules run
 * once, and only administrators and quality managers may schedule.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class ReportScheduleIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> KPIS = List.of("created-tickets", "resolved-share", "nps", "csat");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportSchedules schedules;

    @Autowired
    DateDisplay dates;

    @Autowired
    JdbcClient jdbc;

    MailServer mail = DevStack.shared().mail();

    @Test
    void sendNowMailsTheLastCompleteWeeksReportWithTheApisNumbers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate lastMonday = lastWeeksMonday();
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        for (int score : new int[] {10, 9, 3}) {
            assertThat(quentin.postJson(
                                    "/api/v1/feedback",
                                    Map.of(
                                            "kind",
                                            "NPS",
                                            "score",
                                            score,
                                            "externalId",
                                            "schedule-" + tag + "-" + score,
                                            "receivedAt",
                                            lastMonday
                                                    .atTime(12, score)
                                                    .atZone(zone())
                                                    .toInstant()
                                                    .toString()))
                            .status())
                    .isEqualTo(201);
        }
        String boss = "boss-" + tag + "@example.org";
        String qa = "qa-" + tag + "@example.org";

        Api.Reply created = quentin.postJson("/api/v1/reports/schedules", body("Weekly " + tag, List.of(boss, qa)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        JsonNode run =
                quentin.post("/api/v1/reports/schedules/" + id + "/run", "").json();

        assertThat(run.get("outcome").asString()).as(run.toString()).isEqualTo("SENT");
        assertThat(run.get("mails").asInt()).isEqualTo(2);
        assertThat(run.get("periodFrom").asString()).isEqualTo(lastMonday.toString());
        assertThat(run.get("periodTo").asString())
                .isEqualTo(lastMonday.plusDays(6).toString());
        MimeMessage delivered = awaitMailTo(boss);
        assertThat(delivered.getSubject()).contains("Weekly " + tag).contains(lastMonday.toString());
        assertThat(awaitMailTo(qa)).isNotNull();
        String csv = attachment(delivered, ".csv");
        assertThat(attachment(delivered, ".pdf")).startsWith("%PDF");

        JsonNode report =
                quentin.get("/api/v1/reports?period=week&date=" + lastMonday).json();
        List<JsonNode> expected = new ArrayList<>();
        report.get("kpis").forEach(k -> {
            if (KPIS.contains(kpiId(k.get("kpi").asString()))) {
                expected.add(k);
            }
        });
        List<String> values = summaryValues(csv);
        assertThat(values).hasSize(KPIS.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode value = expected.get(i).get("current").get("value");
            String kpi = expected.get(i).get("kpi").asString();
            if (value == null || value.isNull()) {
                assertThat(values.get(i)).as(kpi).isEmpty();
            } else {
                assertThat(new BigDecimal(values.get(i))).as(kpi).isEqualByComparingTo(value.decimalValue());
            }
        }
        JsonNode nps = expected.stream()
                .filter(k -> k.get("kpi").asString().equals("NPS"))
                .findFirst()
                .orElseThrow();
        assertThat(nps.get("current").get("base").asLong()).isGreaterThanOrEqualTo(3);

        JsonNode runs = quentin.get("/api/v1/reports/schedules/" + id + "/runs").json();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("trigger").asString()).isEqualTo("MANUAL");
        mvc.perform(get("/reports/schedules/" + id).with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly " + tag)))
                .andExpect(content().string(containsString("sent by " + Personas.QUENTIN_QUALITY)));
        mvc.perform(get("/reports/schedules").param("lang", "ru").with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly " + tag)))
                .andExpect(content().string(containsString("Расписания отчётов")));
        mvc.perform(get("/reports/schedules/new").with(quality()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"recipients\"")));
        JsonNode audit = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=REPORT_SCHEDULE_SENT&size=200")
                .json();
        assertThat(audit.toString()).contains(id);
    }

    @Test
    void aDueScheduleRunsOnceAndWaitsForItsNextTime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        String id = adam.postJson(
                        "/api/v1/reports/schedules", body("Due " + tag, List.of("due-" + tag + "@example.org")))
                .json()
                .get("id")
                .asString();
        jdbc.sql("update report_schedule set next_run_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(id))
                .update();

        schedules.runDue();
        schedules.runDue();

        JsonNode runs = adam.get("/api/v1/reports/schedules/" + id + "/runs").json();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("trigger").asString()).isEqualTo("SCHEDULE");
        assertThat(runs.get(0).get("outcome").asString()).isEqualTo("SENT");
        Instant next = Instant.parse(adam.get("/api/v1/reports/schedules/" + id)
                .json()
                .get("nextRunAt")
                .asString());
        assertThat(next).isAfter(Instant.now());
        assertThat(next.atZone(zone()).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(awaitMailTo("due-" + tag + "@example.org")).isNotNull();
    }

    @Test
    void invalidSchedulesAreProblemsAndFormErrors() throws Exception {
        Map<String, Object> bad = new java.util.HashMap<>(body("", List.of("not-an-address")));
        bad.put("report", "period=fortnight&kpi=nps");
        bad.put("formats", List.of());

        Api.Reply reply = Api.as(port, Personas.QUENTIN_QUALITY).postJson("/api/v1/reports/schedules", bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "period", "recipients", "format");
        mvc.perform(post("/reports/schedules")
                        .with(quality())
                        .with(csrf())
                        .param("name", "")
                        .param("period", "week")
                        .param("frequency", "monthly")
                        .param("dayOfMonth", "31")
                        .param("time", "07:30")
                        .param("recipients", "boss@example.org, nobody")
                        .param("format", "pdf")
                        .param("mailLanguage", "bg"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Enter a valid e-mail address.")));
        assertThat(Api.as(port, Personas.QUENTIN_QUALITY)
                        .get("/api/v1/reports/schedules/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsAndQualityManagersScheduleAndQualityManagersOnlyTheirOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        String admins = adam.postJson("/api/v1/reports/schedules", body("Admin's " + tag, List.of("a@example.org")))
                .json()
                .get("id")
                .asString();
        Api olga = Api.as(port, Personas.OLGA_AUDITOR);
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);

        assertThat(olga.postJson("/api/v1/reports/schedules", body("x", List.of("a@example.org")))
                        .status())
                .isEqualTo(403);
        assertThat(olga.post("/api/v1/reports/schedules/" + admins + "/run", "").status())
                .isEqualTo(403);
        assertThat(olga.send("DELETE", "/api/v1/reports/schedules/" + admins, null)
                        .status())
                .isEqualTo(403);
        assertThat(anna.get("/api/v1/reports/schedules").status()).isEqualTo(403);
        assertThat(quentin.get("/api/v1/reports/schedules/" + admins).status()).isEqualTo(404);
        assertThat(quentin.send("DELETE", "/api/v1/reports/schedules/" + admins, null)
                        .status())
                .isEqualTo(404);
        assertThat(adam.get("/api/v1/reports/schedules").body()).contains(admins);
        mvc.perform(post("/reports/schedules/" + admins + "/delete")
                        .with(user(Personas.OLGA_AUDITOR).roles("AUDITOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(adam.send("DELETE", "/api/v1/reports/schedules/" + admins, null)
                        .status())
                .isEqualTo(204);
        assertThat(adam.get("/api/v1/reports/schedules/" + admins).status()).isEqualTo(404);
        JsonNode audit = olga.get("/api/v1/audit?action=REPORT_SCHEDULE_DELETED&size=200")
                .json();
        assertThat(audit.toString()).contains(admins);
    }

    private static Map<String, Object> body(String name, List<String> recipients) {
        return Map.of(
                "name",
                name,
                "report",
                "period=week&"
                        + String.join("&", KPIS.stream().map(k -> "kpi=" + k).toList()),
                "frequency",
                "weekly",
                "dayOfWeek",
                "monday",
                "time",
                "07:30",
                "recipients",
                recipients,
                "formats",
                List.of("csv", "pdf"),
                "language",
                "en");
    }

    private ZoneId zone() {
        return dates.organisationZone();
    }

    private LocalDate lastWeeksMonday() {
        return LocalDate.now(zone())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
    }

    private MimeMessage awaitMailTo(String address) {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage m : mail.received()) {
                if (to(m).equals(address)) {
                    return m;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + address + " within " + WAIT);
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    /** The text of the attachment whose name ends with {@code suffix}. */
    private static String attachment(MimeMessage message, String suffix) throws Exception {
        Part found = find(message, suffix);
        assertThat(found).as("an attachment *" + suffix).isNotNull();
        return new String(found.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static @Nullable Part find(Part part, String suffix) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part inner = find(multipart.getBodyPart(i), suffix);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        return part instanceof BodyPart
                        && part.getFileName() != null
                        && part.getFileName().endsWith(suffix)
                ? part
                : null;
    }

    /** The value column of the CSV summary, one per KPI, in order. */
    private static List<String> summaryValues(String csv) {
        List<String> lines = csv.lines().toList();
        int header = 0;
        while (!lines.get(header).replace("\uFEFF", "").startsWith("\"KPI\"")) {
            header++;
        }
        List<String> values = new ArrayList<>();
        for (int i = header + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            values.add(lines.get(i).split(",", -1)[2]);
        }
        return values;
    }

    private static String kpiId(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor quality() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }
}
