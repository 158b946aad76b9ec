package org.helpdesk.reporting.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.reporting.AgeBucket;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.Figure;
import org.helpdesk.reporting.GroupFigure;
import org.helpdesk.reporting.KpiResult;
import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportLabels;
import org.helpdesk.reporting.TrendPoint;
import org.jspecify.annotations.Nullable;

/**
 * A report as titled tables of cells: summary, trend, breakdown and backlog ageing. CSV, XLSX and PDF all write
 * these same tables, so an export can differ from another only in layout, never in a number.
 */
public final class ReportTables {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private ReportTables() {}

    /** A cell: its text, and its number when it is one (XLSX stores that as a number). */
    public record Cell(String text, @Nullable BigDecimal number) {

        static Cell text(@Nullable String text) {
            return new Cell(text == null ? "" : text, null);
        }

        static Cell number(@Nullable BigDecimal number) {
            return number == null ? new Cell("", null) : new Cell(number.toPlainString(), number);
        }

        static Cell number(long number) {
            return number(BigDecimal.valueOf(number));
        }
    }

    public record Table(String title, List<String> header, List<List<Cell>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** The report's title and the lines that say what it covers. */
    public static List<String> heading(Report report, ReportLabels labels) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.text("report.title"));
        var q = report.query();
        lines.add(labels.text(
                "report.meta.period",
                q.period().from(),
                q.period().to(),
                q.period().zone().getId()));
        lines.add(labels.text(
                "report.meta.previous",
                report.previousPeriod().from(),
                report.previousPeriod().to()));
        lines.add(labels.text(
                "report.meta.generated",
                GENERATED.format(report.generatedAt().atZone(q.period().zone()))));
        return lines;
    }

    public static List<Table> of(Report report, ReportLabels labels) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(report, labels));
        tables.add(trend(report, labels));
        if (report.query().breakdown() != null) {
            tables.add(breakdown(report, report.query().breakdown(), labels));
        }
        if (!report.backlogAgeing().isEmpty()) {
            tables.add(ageing(report, labels));
        }
        return tables;
    }

    private static Table summary(Report report, ReportLabels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiResult r : report.kpis()) {
            Figure f = r.current();
            rows.add(List.of(
                    Cell.text(labels.text(r.kpi().nameKey())),
                    Cell.text(report.unitText(r.kpi(), labels)),
                    Cell.number(f.value()),
                    Cell.number(r.previous().value()),
                    Cell.number(r.change()),
                    Cell.text(r.target() == null ? "" : r.target().text()),
                    Cell.text(labels.text("report.rag." + r.status())),
                    Cell.number(f.base()),
                    Cell.number(f.matching() == null ? null : BigDecimal.valueOf(f.matching())),
                    Cell.number(f.mean()),
                    Cell.number(f.p90()),
                    Cell.number(f.matchingPercent()),
                    Cell.number(f.total()),
                    Cell.number(f.uncostedHours())));
        }
        return new Table(
                labels.text("report.summary"),
                columns(
                        labels,
                        "kpi",
                        "unit",
                        "value",
                        "previous",
                        "change",
                        "target",
                        "status",
                        "base",
                        "matching",
                        "mean",
                        "p90",
                        "matchingPercent",
                        "total",
                        "uncostedHours"),
                rows);
    }

    private static Table trend(Report report, ReportLabels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiResult r : report.kpis()) {
            for (TrendPoint p : r.trend()) {
                rows.add(List.of(
                        Cell.text(p.bucket().toString()),
                        Cell.text(labels.text(r.kpi().nameKey())),
                        Cell.number(p.figure().value()),
                        Cell.number(p.figure().base()),
                        Cell.number(
                                p.figure().matching() == null
                                        ? null
                                        : BigDecimal.valueOf(p.figure().matching()))));
            }
        }
        return new Table(
                labels.text(
                        "report.trend",
                        labels.text("report.granularity." + report.query().trend())),
                columns(labels, "bucket", "kpi", "value", "base", "matching"),
                rows);
    }

    private static Table breakdown(Report report, Dimension dimension, ReportLabels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (KpiResult r : report.kpis()) {
            for (GroupFigure g : r.breakdown()) {
                rows.add(List.of(
                        Cell.text(dimension.groupName(g, labels)),
                        Cell.text(labels.text(r.kpi().nameKey())),
                        Cell.number(g.current().value()),
                        Cell.number(g.previous().value()),
                        Cell.number(g.current().base()),
                        Cell.number(g.share()),
                        Cell.text(labels.text("report.rag." + g.status()))));
            }
        }
        return new Table(
                labels.text("report.breakdown", labels.text(dimension.nameKey())),
                columns(labels, "group", "kpi", "value", "previous", "base", "share", "status"),
                rows);
    }

    private static Table ageing(Report report, ReportLabels labels) {
        List<List<Cell>> rows = new ArrayList<>();
        for (AgeBucket bucket : report.backlogAgeing()) {
            rows.add(List.of(Cell.text(labels.text("report.age." + bucket.id())), Cell.number(bucket.tickets())));
        }
        return new Table(labels.text("report.ageing"), columns(labels, "age", "tickets"), rows);
    }

    private static List<String> columns(ReportLabels labels, String... names) {
        List<String> header = new ArrayList<>();
        for (String name : names) {
            header.add(labels.text("report.column." + name));
        }
        return header;
    }
}
