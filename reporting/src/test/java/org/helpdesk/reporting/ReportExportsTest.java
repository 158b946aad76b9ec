package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.helpdesk.reporting.internal.ReportTables;
import org.junit.jupiter.api.Test;

/** One computed report, written as CSV, XLSX and PDF: every format shows the same numbers. */
class ReportExportsTest {

    static final ReportLabels RUSSIAN = (key, args) -> "Ключ " + key
            + (args.length == 0
                    ? ""
                    : " " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(" ")));

    final ReportExports exports = new ReportExports();
    final Report report = sample();

    @Test
    void csvHoldsEveryNumberOfTheReport() {
        String csv = new String(exports.write(ReportExports.Format.CSV, report, RUSSIAN), StandardCharsets.UTF_8);

        List<List<String>> expected = summaryRows();
        List<String> lines = csv.lines().toList();
        int header =
                lines.indexOf(csvLine(ReportTables.of(report, RUSSIAN).get(0).header()));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(parseCsv(lines.get(header + 1 + i))).isEqualTo(expected.get(i));
        }
        assertThat(csv).startsWith("\uFEFF").contains("\"'=cmd|calc\"");
    }

    @Test
    void xlsxHoldsTheSameNumbersAsNumbers() throws IOException {
        byte[] xlsx = exports.write(ReportExports.Format.XLSX, report, RUSSIAN);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getFirstSheet();
            List<Row> rows = summary.read();
            int header = 0;
            while (!rows.get(header).getCellText(0).equals("Ключ report.column.kpi")) {
                header++;
            }
            List<List<String>> expected = summaryRows();
            for (int i = 0; i < expected.size(); i++) {
                Row row = rows.get(header + 1 + i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < expected.get(i).size(); c++) {
                    cells.add(c >= row.getCellCount() || row.getCell(c) == null ? "" : text(row.getCell(c)));
                }
                assertThat(cells).isEqualTo(expected.get(i));
            }
            assertThat(rows.get(header + 1).getCell(2).getType())
                    .isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(workbook.getSheets().count()).isEqualTo(4);
        }
    }

    @Test
    void pdfPrintsTheSameNumbersInCyrillicToo() throws IOException {
        byte[] pdf = exports.write(ReportExports.Format.PDF, report, RUSSIAN);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        // Table cells wrap, so compare without white space.
        String all = text.toString().replaceAll("\\s+", "");
        assertThat(all).contains("Ключreport.title");
        int at = 0;
        for (List<String> row : summaryRows()) {
            for (String cell : row) {
                String shown = (cell.isEmpty() ? FigureText.NO_VALUE : cell).replaceAll("\\s+", "");
                int found = all.indexOf(shown, at);
                assertThat(found).as("%s after position %d", shown, at).isGreaterThanOrEqualTo(0);
                at = found + shown.length();
            }
        }
    }

    /** The summary as the report says it: one row per KPI, numbers as {@link FigureText} writes them. */
    private List<List<String>> summaryRows() {
        List<List<String>> rows = new ArrayList<>();
        for (KpiResult r : report.kpis()) {
            Figure f = r.current();
            rows.add(List.of(
                    RUSSIAN.text(r.kpi().nameKey()),
                    RUSSIAN.text("report.unit." + r.kpi().unit(), report.currency()),
                    plain(f.value()),
                    plain(r.previous().value()),
                    plain(r.change()),
                    r.target() == null ? "" : r.target().text(),
                    RUSSIAN.text("report.rag." + r.status()),
                    String.valueOf(f.base()),
                    f.matching() == null ? "" : String.valueOf(f.matching()),
                    plain(f.mean()),
                    plain(f.p90()),
                    plain(f.matchingPercent()),
                    plain(f.total()),
                    plain(f.uncostedHours())));
        }
        return rows;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : FigureText.of(value);
    }

    private static String text(org.dhatim.fastexcel.reader.Cell cell) {
        return cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                ? cell.asNumber().toPlainString()
                : cell.getText();
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(c -> '"' + c + '"').collect(Collectors.joining(","));
    }

    private static List<String> parseCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Report sample() {
        Period march = Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 1), ZoneId.of("Europe/Sofia"));
        ReportQuery query = ReportQuery.of(march).withTrend(Granularity.WEEK).by(Dimension.TEAM);
        Figure resolved = new Figure(new BigDecimal("93.3"), 15, 14L, null, null, null);
        Figure resolvedBefore = new Figure(new BigDecimal("100.0"), 4, 4L, null, null, null);
        Figure hours = new Figure(
                new BigDecimal("35.00"),
                4,
                2L,
                new BigDecimal("36.50"),
                new BigDecimal("60.60"),
                new BigDecimal("50.0"));
        Figure none = new Figure(null, 0, 0L, null, null, null);
        List<TrendPoint> trend = Granularity.WEEK.buckets(march).stream()
                .map(b -> new TrendPoint(b, resolved))
                .toList();
        KpiResult share = new KpiResult(
                Kpi.RESOLVED_SHARE,
                Kpi.RESOLVED_SHARE.defaultTarget(),
                resolved,
                resolvedBefore,
                new BigDecimal("-6.7"),
                Rag.AMBER,
                trend,
                List.of(
                        new GroupFigure("a", "=cmd|calc", resolved, resolvedBefore, new BigDecimal("100.0"), Rag.AMBER),
                        new GroupFigure(null, null, none, none, null, Rag.NONE)));
        KpiResult time = new KpiResult(
                Kpi.RESOLUTION_TIME, Kpi.RESOLUTION_TIME.defaultTarget(), hours, none, null, Rag.RED, trend, List.of());
        KpiResult created = new KpiResult(
                Kpi.CREATED_TICKETS,
                null,
                Figure.count(15),
                Figure.count(4),
                new BigDecimal("11"),
                Rag.NONE,
                trend,
                List.of());
        Figure money = new Figure(
                new BigDecimal("51.25"),
                4,
                2L,
                null,
                null,
                new BigDecimal("50.0"),
                new BigDecimal("102.50"),
                new BigDecimal("0.75"));
        KpiResult cost = new KpiResult(Kpi.COST_PER_COMPLAINT, null, money, none, null, Rag.NONE, trend, List.of());
        return new Report(
                query,
                march.previous(),
                Instant.parse("2025-04-01T08:00:00Z"),
                List.of(share, time, created, cost),
                List.of(new AgeBucket("0-1d", 0, 1, 3), new AgeBucket("30d-plus", 30, null, 1)),
                "BGN");
    }
}
