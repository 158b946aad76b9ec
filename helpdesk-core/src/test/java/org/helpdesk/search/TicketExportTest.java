package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The export loop and its cap, on a fake index that serves pages of numbered tickets. */
class TicketExportTest {

    private static final TicketSearchRequest ANY = TicketSearchRequest.of("", 0, 20);
    private static final int PAGE = 4;

    @Test
    void everyRowIsWrittenOnceInPageOrderWhenUnderTheCap() {
        PagedTickets tickets = new PagedTickets(10);
        Sheet sheet = new Sheet();
        List<Long> progress = new ArrayList<>();

        long written = TicketExport.write(tickets, ExportPlan.of(ANY, 10, 100), sheet, progress::add);

        assertThat(written).isEqualTo(10);
        assertThat(sheet.numbers)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(sheet.header).isEqualTo(ExportRow.COLUMNS);
        assertThat(sheet.notes).isEmpty();
        assertThat(progress).containsExactly(4L, 8L, 10L);
        assertThat(sheet.finished).isTrue();
    }

    @Test
    void exportStopsAtTheCapAndSaysSo() {
        PagedTickets tickets = new PagedTickets(10);
        Sheet sheet = new Sheet();

        long written = TicketExport.write(tickets, ExportPlan.of(ANY, 10, 6), sheet, n -> {});

        assertThat(written).isEqualTo(6);
        assertThat(sheet.numbers).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(sheet.notes).containsExactly(TicketExport.truncationNote(6, 10));
        assertThat(tickets.pagesServed).as("no page is fetched past the cap").isEqualTo(2);
    }

    @Test
    void ticketsArrivingAfterThePlanCannotPushTheExportPastItsCap() {
        PagedTickets tickets = new PagedTickets(9);
        Sheet sheet = new Sheet();

        // Planned with 8 matches and a cap of 8; a ninth ticket arrived before the last page was read.
        long written = TicketExport.write(tickets, ExportPlan.of(ANY, 8, 8), sheet, n -> {});

        assertThat(written).isEqualTo(8);
        assertThat(sheet.notes).containsExactly(TicketExport.truncationNote(8, 9));
    }

    @Test
    void planCapsTheRowsAndSaysWhetherItTruncates() {
        assertThat(ExportPlan.of(ANY, 150_000, 100_000))
                .extracting(ExportPlan::rows, ExportPlan::truncated)
                .containsExactly(100_000L, true);
        assertThat(ExportPlan.of(ANY, 100_000, 100_000))
                .extracting(ExportPlan::rows, ExportPlan::truncated)
                .containsExactly(100_000L, false);
    }

    @Test
    void csvQuotesLikeRfc4180AndDefusesFormulas() {
        assertThat(CsvSheet.field("plain")).isEqualTo("plain");
        assertThat(CsvSheet.field("a, \"b\"\nc")).isEqualTo("\"a, \"\"b\"\"\nc\"");
        assertThat(CsvSheet.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvSheet.field("+1")).isEqualTo("'+1");
        assertThat(CsvSheet.field("-2")).isEqualTo("'-2");
        assertThat(CsvSheet.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvSheet.field(null)).isEmpty();
        assertThat(CsvSheet.field(Boolean.TRUE)).isEqualTo("true");
    }

    @Test
    void csvFileStartsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TicketExport.write(new PagedTickets(2), ExportPlan.of(ANY, 2, 1), ExportFormat.CSV.open(out), n -> {});

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFReference,Created (UTC),");
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("HD-1,1970-01-01T00:00:01Z,OPEN,NORMAL,WEB,,,,,c1@example.com,Подписка 1,ru");
        assertThat(lines[2]).isEqualTo(TicketExport.truncationNote(1, 2));
    }

    @Test
    void sentimentAndThemesAreTheLastColumnsThemesInOneCell() throws IOException {
        ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
        TicketExport.write(new PagedTickets(2), ExportPlan.of(ANY, 2, 2), ExportFormat.CSV.open(csvOut), n -> {});

        String[] lines = csvOut.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).endsWith(",Resolved (UTC),Sentiment,Themes");
        assertThat(lines[1]).as("not analysed: both empty").endsWith(",false,false,,,");
        assertThat(lines[2]).endsWith(",false,false,,negative,delivery; refund");

        ByteArrayOutputStream xlsxOut = new ByteArrayOutputStream();
        TicketExport.write(new PagedTickets(2), ExportPlan.of(ANY, 2, 2), ExportFormat.XLSX.open(xlsxOut), n -> {});
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsxOut.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(16)).isEqualTo("Sentiment");
            assertThat(rows.get(0).getCellText(17)).isEqualTo("Themes");
            assertThat(rows.get(2).getCellText(16)).isEqualTo("negative");
            assertThat(rows.get(2).getCellText(17)).isEqualTo("delivery; refund");
        }
    }

    @Test
    void sentimentAndThemesAreReadFromTheIndexedSource() {
        ExportRow analysed =
                ExportRow.of(Map.of("number", 7, "sentiment", "positive", "themes", List.of("billing", "app_crash")));
        ExportRow pending = ExportRow.of(Map.of("number", 8));

        assertThat(analysed.cells().subList(16, 18)).containsExactly("positive", "billing; app_crash");
        assertThat(pending.cells().subList(16, 18)).containsExactly(null, null);
        assertThat(ExportRow.SOURCE_FIELDS).contains("sentiment", "themes");
    }

    @Test
    void xlsxHasTypedCellsAndANoteRowWhenCut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TicketExport.write(new PagedTickets(3), ExportPlan.of(ANY, 3, 2), ExportFormat.XLSX.open(out), n -> {});

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Reference");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("HD-1");
            assertThat(rows.get(1).getCell(1).asDate()).isEqualTo("1970-01-01T00:00:01");
            assertThat(rows.get(2).getCell(12).asBoolean()).isTrue();
            assertThat(rows.get(3).getCellText(0)).isEqualTo(TicketExport.truncationNote(2, 3));
        }
    }

    /** {@code count} tickets numbered from 1, served {@value #PAGE} at a time like the index would. */
    private static final class PagedTickets implements ExportSource {

        private final int count;
        int pagesServed;

        PagedTickets(int count) {
            this.count = count;
        }

        @Override
        public ExportPage page(@Nullable SearchCursor after) {
            pagesServed++;
            long from = after == null ? 1 : after.number() + 1;
            List<ExportRow> rows = LongStream.range(from, Math.min(from + PAGE, count + 1L))
                    .mapToObj(TicketExportTest::row)
                    .toList();
            SearchCursor next = rows.size() < PAGE
                    ? null
                    : new SearchCursor(
                            SearchSort.OLDEST, 0, 0, rows.get(rows.size() - 1).number());
            return new ExportPage(rows, next);
        }
    }

    private static ExportRow row(long number) {
        return new ExportRow(
                number,
                Instant.ofEpochSecond(number),
                "OPEN",
                "NORMAL",
                "WEB",
                null,
                null,
                null,
                null,
                "c" + number + "@example.com",
                "Подписка " + number,
                "ru",
                number % 2 == 0,
                false,
                false,
                null,
                number % 2 == 0 ? "negative" : null,
                number % 2 == 0 ? List.of("delivery", "refund") : List.of());
    }

    private static final class Sheet implements ExportSheet {

        List<String> header = List.of();
        final List<Long> numbers = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        boolean finished;

        @Override
        public void header(List<String> columns) {
            header = columns;
        }

        @Override
        public void row(ExportRow row) {
            numbers.add(row.number());
        }

        @Override
        public void note(String text) {
            notes.add(text);
        }

        @Override
        public void finish() {
            finished = true;
        }
    }
}
