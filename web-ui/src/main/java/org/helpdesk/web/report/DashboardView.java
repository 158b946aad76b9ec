package org.helpdesk.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpdesk.reporting.AgeBucket;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.DrillRequest;
import org.helpdesk.reporting.Figure;
import org.helpdesk.reporting.FigureText;
import org.helpdesk.reporting.GroupFigure;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.KpiResult;
import org.helpdesk.reporting.Rag;
import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportLabels;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard as the template shows it: one card per KPI (value, previous, change, target, status, trend chart
 * data), the breakdown as a table of groups × KPIs, and the backlog's age chart. Numbers are written with
 * {@link FigureText}, as in every export.
 */
record DashboardView(List<Card> cards, @Nullable Breakdown breakdown, String ageingChart, List<Age> ageing) {

    record Card(
            String id,
            String name,
            String unit,
            String value,
            String previous,
            String change,
            String changeTone,
            String target,
            String status,
            long base,
            @Nullable Long matching,
            @Nullable String mean,
            @Nullable String p90,
            @Nullable String matchingPercent,
            String matchingLabel,
            boolean duration,
            String chart,
            String drill,
            String drillMatching,
            String drillPrevious,
            @Nullable String total,
            @Nullable String uncostedHours) {}

    record Breakdown(String dimension, List<String> columns, List<Row> rows, String chart) {}

    record Row(String label, List<Cell> cells) {}

    record Cell(String value, String status, String drill) {}

    record Age(String label, long tickets) {}

    static DashboardView of(Report report, ReportLabels labels, ReportLinks links, JsonMapper json, Kpi focus) {
        List<Card> cards = report.kpis().stream()
                .map(r -> card(report, r, labels, links, json))
                .toList();
        Dimension dimension = report.query().breakdown();
        Breakdown breakdown = dimension == null ? null : breakdown(report, dimension, labels, links, json, focus);
        List<Age> ageing = report.backlogAgeing().stream()
                .map(a -> new Age(labels.text("report.age." + a.id()), a.tickets()))
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bar");
        chart.put("label", labels.text("kpi.backlog"));
        chart.put("labels", ageing.stream().map(Age::label).toList());
        chart.put(
                "values",
                report.backlogAgeing().stream().map(AgeBucket::tickets).toList());
        return new DashboardView(cards, breakdown, json.writeValueAsString(chart), ageing);
    }

    private static Card card(Report report, KpiResult r, ReportLabels labels, ReportLinks links, JsonMapper json) {
        Kpi kpi = r.kpi();
        Figure f = r.current();
        String name = labels.text(kpi.nameKey());
        return new Card(
                kpi.id(),
                name,
                report.unitText(kpi, labels),
                FigureText.of(f.value()),
                FigureText.of(r.previous().value()),
                FigureText.change(r.change()),
                tone(kpi, r.change()),
                r.target() == null ? "" : r.target().text(),
                status(r.status()),
                f.base(),
                f.matching(),
                f.mean() == null ? null : FigureText.of(f.mean()),
                f.p90() == null ? null : FigureText.of(f.p90()),
                f.matchingPercent() == null ? null : FigureText.of(f.matchingPercent()),
                labels.text(matchingLabel(kpi)),
                kpi.isDuration(),
                trendChart(r, name, labels, links, json),
                links.drill(kpi.id(), false, null, null, false),
                links.drill(kpi.id(), false, null, null, true),
                links.drill(kpi.id(), true, null, null, false),
                f.total() == null ? null : FigureText.of(f.total()),
                f.uncostedHours() == null ? null : FigureText.of(f.uncostedHours()));
    }

    private static String trendChart(
            KpiResult r, String name, ReportLabels labels, ReportLinks links, JsonMapper json) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "line");
        chart.put("label", name);
        chart.put("labels", r.trend().stream().map(p -> p.bucket().toString()).toList());
        chart.put("values", r.trend().stream().map(p -> p.figure().value()).toList());
        chart.put(
                "links",
                r.trend().stream()
                        .map(p -> links.drill(r.kpi().id(), false, p.bucket(), null, false))
                        .toList());
        if (r.target() != null) {
            chart.put("target", r.target().value());
            chart.put(
                    "targetLabel",
                    labels.text("report.target") + " " + r.target().text());
        }
        return json.writeValueAsString(chart);
    }

    private static Breakdown breakdown(
            Report report, Dimension dimension, ReportLabels labels, ReportLinks links, JsonMapper json, Kpi focus) {
        Map<String, GroupFigure> names = new LinkedHashMap<>();
        for (KpiResult r : report.kpis()) {
            for (GroupFigure g : r.breakdown()) {
                names.putIfAbsent(key(g.key()), g);
            }
        }
        Set<String> keys = new LinkedHashSet<>(names.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            List<Cell> cells = new ArrayList<>();
            for (KpiResult r : report.kpis()) {
                GroupFigure g = r.breakdown().stream()
                        .filter(x -> key(x.key()).equals(key))
                        .findFirst()
                        .orElse(null);
                cells.add(new Cell(
                        g == null
                                ? FigureText.NO_VALUE
                                : FigureText.of(g.current().value()),
                        g == null ? "none" : status(g.status()),
                        links.drill(r.kpi().id(), false, null, key, false)));
            }
            rows.add(new Row(dimension.groupName(names.get(key), labels), cells));
        }
        List<String> columns =
                report.kpis().stream().map(r -> labels.text(r.kpi().nameKey())).toList();
        return new Breakdown(
                labels.text(dimension.nameKey()),
                columns,
                rows,
                focusChart(report, dimension, labels, links, json, focus));
    }

    private static String focusChart(
            Report report, Dimension dimension, ReportLabels labels, ReportLinks links, JsonMapper json, Kpi focus) {
        KpiResult r = report.result(focus).orElse(report.kpis().get(0));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "bar");
        chart.put("label", labels.text(r.kpi().nameKey()));
        chart.put(
                "labels",
                r.breakdown().stream().map(g -> dimension.groupName(g, labels)).toList());
        chart.put("values", r.breakdown().stream().map(g -> g.current().value()).toList());
        chart.put(
                "links",
                r.breakdown().stream()
                        .map(g -> links.drill(r.kpi().id(), false, null, key(g.key()), false))
                        .toList());
        if (r.target() != null) {
            chart.put("target", r.target().value());
            chart.put(
                    "targetLabel",
                    labels.text("report.target") + " " + r.target().text());
        }
        return json.writeValueAsString(chart);
    }

    private static String key(@Nullable String key) {
        return key == null ? DrillRequest.NO_GROUP : key;
    }

    /** What the matching part of a KPI is called: within target, promoters, satisfied, low effort. */
    static String matchingLabel(Kpi kpi) {
        return switch (kpi) {
            case NPS -> "report.card.promoters";
            case CSAT -> "report.card.satisfied";
            case CES -> "report.card.lowEffort";
            case COST_PER_COMPLAINT -> "report.card.costed";
            default -> kpi.isDuration() ? "report.column.withinTarget" : "report.column.matching";
        };
    }

    static String status(Rag rag) {
        return rag.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a change is good news: up for higher-is-better KPIs, down for lower-is-better ones. */
    static String tone(Kpi kpi, @Nullable BigDecimal change) {
        if (change == null || change.signum() == 0 || kpi.direction() == Kpi.Direction.NEUTRAL) {
            return "same";
        }
        boolean up = change.signum() > 0;
        return up == (kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER) ? "better" : "worse";
    }
}
