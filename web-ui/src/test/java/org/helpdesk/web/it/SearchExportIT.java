package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.helpdesk.search.ExportJob;
import org.helpdesk.search.ExportJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * An auditor exports every ticket a search matches, past one page of the walk, as CSV and XLSX: each ticket
 * exactly once, text that needs quoting read back intact, would-be formulas defused, a limit that cuts the file
 * short and says so, a background export with progress, and every export in the audit trail.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchExportIT {

    /** More than one page of the walk (1,000), so search_after is followed. */
    private static final int TICKETS = 2_345;

    private static final String TRICKY_SUBJECT = "Refund, \"urgent\"\nsecond line";
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)");

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private final String word =
            "exp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Set<Long> numbers = new HashSet<>();
    private final Set<Long> closed = new HashSet<>();
    /** Sentiment and joined themes by ticket number, both empty for a ticket not analysed yet. */
    private final Map<Long, List<String>> voices = new HashMap<>();
    /** Background exports a test started: each must be over before the next test (they share two workers). */
    private final List<UUID> startedJobs = new ArrayList<>();

    private long trickyNumber;
    private IndexedDocuments index;

    @BeforeAll
    void indexTickets() {
        index = new IndexedDocuments(elasticsearch);
        Instant start = Instant.parse("2025-02-01T08:00:00Z");
        for (int i = 0; i < TICKETS; i++) {
            boolean isClosed = i % 10 == 0;
            Map<String, Object> fields = new HashMap<>(Map.of(
                    "status",
                    isClosed ? "CLOSED" : "OPEN",
                    "customerEmail",
                    "c" + i + "@example.com",
                    "slaBreached",
                    i % 3 == 0,
                    "team",
                    Map.of("id", UUID.randomUUID().toString(), "name", "Доставка")));
            List<String> voice = voice(i);
            if (!voice.get(0).isEmpty()) {
                fields.put("sentiment", voice.get(0));
                fields.put("themes", List.of(voice.get(1).split("; ")));
            }
            long number = index.add(
                    "Parcel " + word + " " + i,
                    start.plusSeconds(i - i % 7), // ties on the time: the number orders them
                    fields);
            voices.put(number, voice);
            numbers.add(number);
            if (isClosed) {
                closed.add(number);
            }
        }
        trickyNumber = index.add(TRICKY_SUBJECT + " " + word, start.minusSeconds(60), Map.of());
        numbers.add(trickyNumber);
        for (String formula : FORMULAS) {
            numbers.add(index.add(formula + " " + word, start.minusSeconds(30), Map.of()));
        }
        index.flush();
    }

    /** Every fourth ticket is not analysed yet; the others have a sentiment and one or two themes. */
    private static List<String> voice(int i) {
        return switch (i % 4) {
            case 0 -> List.of("", "");
            case 1 -> List.of("negative", "delivery_delay; refund");
            case 2 -> List.of("neutral", "delivery_delay");
            default -> List.of("positive", "courtesy");
        };
    }

    /**
     * A background export a test started keeps one of the two export workers and writes progress rows until it is
     * done: it must not spill into the next test (or, after the last one, outlive the tickets it reads).
     */
    @AfterEach
    void waitForBackgroundExports() {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(startedJobs)
                        .allSatisfy(id -> assertThat(jobs.find(id, Personas.OLGA_AUDITOR)
                                        .orElseThrow()
                                        .status())
                                .isNotEqualTo(ExportJob.Status.RUNNING)));
        startedJobs.clear();
    }

    @AfterAll
    void removeTickets() {
        index.close();
    }

    @Test
    void csvHoldsEveryMatchingTicketOnceWithQuotingAndFormulaGuard() {
        Api.Download csv = olga().download("/api/v1/search/tickets/export?format=csv&sort=oldest&q=" + word);

        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(csv.header("X-Export-Total")).isEqualTo(String.valueOf(numbers.size()));
        assertThat(csv.header("X-Export-Truncated")).isEqualTo("false");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);

        List<List<String>> records = CsvRecords.parse(csv.text().substring(1));
        assertThat(records.get(0))
                .containsExactly(
                        "Reference",
                        "Created (UTC)",
                        "Status",
                        "Priority",
                        "Channel",
                        "Category",
                        "Product",
                        "Team",
                        "Assignee",
                        "Customer e-mail",
                        "Subject",
                        "Language",
                        "SLA breached",
                        "Escalated",
                        "Reopened",
                        "Resolved (UTC)",
                        "Sentiment",
                        "Themes");
        List<List<String>> rows = records.subList(1, records.size());
        List<Long> exported = rows.stream().map(r -> number(r.get(0))).toList();
        assertThat(exported).doesNotHaveDuplicates().hasSize(numbers.size());
        assertThat(new HashSet<>(exported)).isEqualTo(numbers);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(18));
        assertThat(exported.subList(0, 1)).containsExactly(trickyNumber); // oldest first

        List<String> tricky = rows.get(0);
        assertThat(tricky.get(10)).isEqualTo(TRICKY_SUBJECT + " " + word);
        assertThat(tricky.get(1)).isEqualTo("2025-02-01T07:59:00Z");
        List<String> subjects = rows.stream().map(r -> r.get(10)).toList();
        for (String formula : FORMULAS) {
            assertThat(subjects).contains("'" + formula + " " + word).doesNotContain(formula + " " + word);
        }
        List<String> teamed = rows.stream()
                .filter(r -> r.get(10).startsWith("Parcel"))
                .map(r -> r.get(7))
                .distinct()
                .toList();
        assertThat(teamed).containsExactly("Доставка");
        Map<Long, List<String>> exportedVoices = new HashMap<>();
        rows.forEach(r -> exportedVoices.put(number(r.get(0)), r.subList(16, 18)));
        assertThat(exportedVoices).containsAllEntriesOf(voices);
        assertThat(exportedVoices.get(trickyNumber)).containsExactly("", "");
    }

    @Test
    void filtersOfTheSearchApplyToTheExport() {
        Api.Download csv = olga().download("/api/v1/search/tickets/export?format=csv&status=closed&q=" + word);

        List<List<String>> records = CsvRecords.parse(csv.text().substring(1));
        Set<Long> exported = new HashSet<>();
        records.subList(1, records.size()).forEach(r -> exported.add(number(r.get(0))));
        assertThat(exported).isEqualTo(closed);
        assertThat(csv.header("X-Export-Total")).isEqualTo(String.valueOf(closed.size()));
    }

    @Test
    void xlsxHoldsTheSameTicketsWithTypedCells() throws IOException {
        Api.Download xlsx = olga().download("/api/v1/search/tickets/export?format=xlsx&sort=oldest&q=" + word);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Reference");
            List<Long> exported = new ArrayList<>();
            rows.subList(1, rows.size()).forEach(r -> exported.add(number(r.getCellText(0))));
            assertThat(exported).doesNotHaveDuplicates();
            assertThat(new HashSet<>(exported)).isEqualTo(numbers);

            assertThat(rows.get(0).getCellText(16)).isEqualTo("Sentiment");
            assertThat(rows.get(0).getCellText(17)).isEqualTo("Themes");
            Map<Long, List<String>> exportedVoices = new HashMap<>();
            rows.subList(1, rows.size())
                    .forEach(r -> exportedVoices.put(number(r.getCellText(0)), List.of(text(r, 16), text(r, 17))));
            assertThat(exportedVoices).containsAllEntriesOf(voices);

            Row tricky = rows.get(1);
            assertThat(tricky.getCellText(10)).isEqualTo(TRICKY_SUBJECT + " " + word);
            assertThat(tricky.getCell(1).asDate()).isEqualTo(LocalDateTime.of(2025, 2, 1, 7, 59));
            assertThat(tricky.getCell(12).getType()).isEqualTo(CellType.BOOLEAN);
            // Text cells are never formulas in XLSX: the subject is kept as typed.
            assertThat(rows.stream().map(r -> r.getCellText(10))).contains(FORMULAS.get(0) + " " + word);
        }
    }

    @Test
    void limitCutsTheExportShortAndTheFileAndHeadersSaySo() {
        Api.Download csv = olga().download("/api/v1/search/tickets/export?format=csv&limit=10&q=" + word);

        assertThat(csv.header("X-Export-Truncated")).isEqualTo("true");
        assertThat(csv.header("X-Export-Rows")).isEqualTo("10");
        assertThat(csv.header("X-Export-Total")).isEqualTo(String.valueOf(numbers.size()));
        List<List<String>> records = CsvRecords.parse(csv.text().substring(1));
        assertThat(records).hasSize(1 + 10 + 1);
        assertThat(records.get(11).get(0)).startsWith("Export truncated: 10 of " + numbers.size());
        assertThat(olga().download("/api/v1/search/tickets/export?format=pdf&q=" + word)
                        .status())
                .isEqualTo(400);
        assertThat(olga().download("/api/v1/search/tickets/export?format=csv&limit=0")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void everyExportIsInTheAuditTrailWithFormatAndRows() {
        olga().download("/api/v1/search/tickets/export?format=xlsx&status=closed&q=" + word);

        JsonNode entries = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=EXPORT&targetType=ticket&actor=" + Personas.OLGA_AUDITOR + "&size=200")
                .json()
                .get("items");
        JsonNode entry = find(entries, word, "xlsx", "closed");
        assertThat(entry).as("EXPORT entry in %s", entries).isNotNull();
        assertThat(entry.get("details").get("rows").asLong()).isEqualTo(closed.size());
        assertThat(entry.get("details").get("parameters").get("status").asString())
                .isEqualTo("closed");
        assertThat(entry.get("details").get("channel").asString()).isEqualTo("api");
        JsonNode searches = Api.as(port, Personas.OLGA_AUDITOR)
                .get("/api/v1/audit?action=SEARCH&actor=" + Personas.OLGA_AUDITOR + "&size=200")
                .json()
                .get("items");
        assertThat(find(searches, word, null, null))
                .as("an export is not also a search")
                .isNull();
    }

    @Test
    void pageLinksStreamTheFile() throws Exception {
        MvcResult started = mvc.perform(
                        get("/search/export.csv").param("q", word).with(olgaOnPages()))
                .andExpect(request().asyncStarted())
                .andReturn();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Export-Total", String.valueOf(numbers.size())))
                .andReturn()
                .getResponse();

        List<List<String>> records =
                CsvRecords.parse(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1));
        assertThat(records).hasSize(1 + numbers.size());
    }

    @Test
    void backgroundExportShowsProgressThenOffersTheFileToItsStarterOnly() throws Exception {
        String location = mvc.perform(post("/search/exports")
                        .param("q", word)
                        .param("format", "csv")
                        .with(olgaOnPages())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/search/exports/");
        startedJobs.add(jobId(location));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String page = mvc.perform(get(location).with(olgaOnPages()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("<progress").contains(location + "/file");
        });
        MockHttpServletResponse file = mvc.perform(get(location + "/file").with(olgaOnPages()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(file.getContentType()).startsWith("text/csv");
        List<List<String>> records =
                CsvRecords.parse(new String(file.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1));
        Set<Long> exported = new HashSet<>();
        records.subList(1, records.size()).forEach(r -> exported.add(number(r.get(0))));
        assertThat(records).hasSize(1 + numbers.size());
        assertThat(exported).isEqualTo(numbers);

        mvc.perform(get(location).with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isNotFound());
        mvc.perform(get(location + "/file").with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isNotFound());
        String job = location.substring("/search/exports/".length());
        JsonNode entries =
                olga().get("/api/v1/audit?action=EXPORT&targetId=" + job).json().get("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("details").get("rows").asLong()).isEqualTo(numbers.size());
        assertThat(entries.get(0).get("details").get("format").asString()).isEqualTo("csv");
    }

    @Test
    void progressPageRefreshesItselfWhileRunning() throws Exception {
        // Progress is visible as soon as the job exists; while it runs, the page asks the browser to reload it.
        String location = mvc.perform(post("/search/exports")
                        .param("q", word)
                        .param("format", "xlsx")
                        .with(olgaOnPages())
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        startedJobs.add(jobId(location));
        MockHttpServletResponse page =
                mvc.perform(get(location).with(olgaOnPages())).andReturn().getResponse();
        String html = page.getContentAsString();
        if (html.contains(location + "/file")) {
            assertThat(page.getHeader("Refresh")).isNull();
        } else {
            assertThat(page.getHeader("Refresh")).isEqualTo("2");
            assertThat(html).contains("<progress");
        }
    }

    @Test
    void onlyAnExportNobodyKeepsAliveIsShownAsFailedWithItsOwnMessage() throws Exception {
        // As another instance leaves them in the table: one that has waited for a worker for ten minutes but
        // whose instance still vouches for it, and one whose instance died three minutes ago.
        Instant now = Instant.now();
        UUID waiting = exportRow(now.minus(Duration.ofMinutes(10)), now.minusSeconds(5));
        UUID orphaned = exportRow(now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(3)));
        try {
            assertThat(jobs.find(waiting, Personas.OLGA_AUDITOR).orElseThrow())
                    .extracting(ExportJob::status, ExportJob::failure)
                    .containsExactly(ExportJob.Status.RUNNING, null);
            assertThat(jobs.find(orphaned, Personas.OLGA_AUDITOR).orElseThrow())
                    .extracting(ExportJob::status, ExportJob::failure)
                    .containsExactly(ExportJob.Status.FAILED, ExportJob.Failure.ABANDONED);

            MockHttpServletResponse page = mvc.perform(get("/search/exports/" + orphaned)
                            .with(olgaOnPages())
                            .locale(Locale.ENGLISH))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(page.getHeader("Refresh"))
                    .as("a failed export is not reloaded")
                    .isNull();
            assertThat(page.getContentAsString())
                    .contains("The export stopped: the server writing it has not answered")
                    .doesNotContain("<progress");
            MockHttpServletResponse alive = mvc.perform(get("/search/exports/" + waiting)
                            .with(olgaOnPages())
                            .locale(Locale.ENGLISH))
                    .andReturn()
                    .getResponse();
            assertThat(alive.getHeader("Refresh")).isEqualTo("2");
            assertThat(alive.getContentAsString()).contains("<progress").doesNotContain("The export stopped");
        } finally {
            jdbc.sql("delete from search_export where id in (?, ?)")
                    .params(waiting, orphaned)
                    .update();
        }
    }

    private UUID exportRow(Instant createdAt, Instant heartbeatAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into search_export (id, owner, format, search, status, total, planned, truncated,
                                                   created_at, heartbeat_at)
                        values (?, ?, 'CSV', ?, 'RUNNING', 10, 10, false, ?, ?)""")
                .params(id, Personas.OLGA_AUDITOR, "q=" + word, Timestamp.from(createdAt), Timestamp.from(heartbeatAt))
                .update();
        return id;
    }

    /** The newest entry for {@code word}, of that format and status filter when given. */
    private static JsonNode find(JsonNode entries, String word, String format, String status) {
        for (JsonNode entry : entries) {
            JsonNode details = entry.get("details");
            JsonNode q = details.get("parameters") == null
                    ? null
                    : details.get("parameters").get("q");
            if (q != null
                    && q.asString().equals(word)
                    && (format == null || format.equals(details.path("format").asString()))
                    && (status == null
                            || status.equals(
                                    details.path("parameters").path("status").asString()))) {
                return entry;
            }
        }
        return null;
    }

    /** The cell's text; "" for a cell left empty (not written at all, at the end of a row). */
    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getText).orElse("");
    }

    private static UUID jobId(String location) {
        return UUID.fromString(location.substring("/search/exports/".length()));
    }

    private static long number(String reference) {
        return Long.parseLong(reference.substring("HD-".length()));
    }

    private Api olga() {
        return Api.as(port, Personas.OLGA_AUDITOR);
    }

    private static RequestPostProcessor olgaOnPages() {
        return user(Personas.OLGA_AUDITOR).roles("AUDITOR");
    }
}
