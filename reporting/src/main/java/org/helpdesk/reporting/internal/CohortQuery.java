package org.helpdesk.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.Target;
import org.helpdesk.reporting.TrendPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The KPIs of one ticket family (created, first answered, resolved) in one scan: the current and previous
 * periods, the trend of the current period and the breakdown of both, with {@code GROUPING SETS}.
 */
final class CohortQuery {

    private final JdbcClient jdbc;

    CohortQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Kpi, Computed> run(
            Family family,
            List<KpiDefinition> definitions,
            ReportQuery query,
            Map<Kpi, Target> targets,
            UUID calendar) {
        Period current = query.period();
        Period previous = current.previous();
        boolean breakdown = query.breakdown() != null;
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        params.put("from", at(previous.start()));
        params.put("to", at(current.end()));
        String aggregates = definitions.stream()
                .map(d -> Aggregates.of(d, targets.get(d.kpi()), params))
                .collect(Collectors.joining(", "));
        // An item in several groups (themes) would count several times in the totals: its groups get their own scan.
        boolean separateGroups = breakdown && query.breakdown().multiValued();
        String slice = slice(family, separateGroups ? query.by(null) : query, definitions);
        boolean groupedHere = breakdown && !separateGroups;
        String sql = "select t.cur, t.bucket, "
                + (groupedHere
                        ? "t.gkey, t.glabel, grouping(t.gkey) as g_group, "
                        : "null as gkey, null as glabel, 1 as g_group, ")
                + "grouping(t.bucket) as g_bucket, " + aggregates
                + " from (" + slice + ") t group by grouping sets ((t.cur), (t.cur, t.bucket)"
                + (groupedHere ? ", (t.cur, t.gkey, t.glabel))" : ")");
        List<Map<String, Object>> rows =
                new ArrayList<>(jdbc.sql(sql).params(params).query().listOfRows());
        if (separateGroups) {
            String groups =
                    "select t.cur, null::date as bucket, t.gkey, t.glabel, 0 as g_group, 1 as g_bucket, " + aggregates
                            + " from (" + slice(family, query, definitions) + ") t group by t.cur, t.gkey, t.glabel";
            rows.addAll(jdbc.sql(groups).params(params).query().listOfRows());
        }
        Map<Kpi, Computed> computed = new LinkedHashMap<>();
        for (KpiDefinition d : definitions) {
            computed.put(d.kpi(), assemble(d, targets.get(d.kpi()) != null, rows, query));
        }
        return computed;
    }

    private static String slice(Family family, ReportQuery query, List<KpiDefinition> definitions) {
        return family == Family.ANSWERS
                ? AnswerSlice.of(query).sql()
                : new TicketSlice(
                                family,
                                DimensionSql.of(query.breakdown()),
                                Criteria.of(query.filter(), query.scope()),
                                durations(definitions))
                        .sql();
    }

    private static Set<String> durations(List<KpiDefinition> definitions) {
        Set<String> columns = new LinkedHashSet<>();
        for (KpiDefinition d : definitions) {
            if (d.measure() instanceof Measure.Duration duration) {
                columns.add(duration.column());
            }
        }
        return columns;
    }

    private static Computed assemble(
            KpiDefinition d, boolean withTarget, List<Map<String, Object>> rows, ReportQuery query) {
        Map<String, Object> current = null;
        Map<String, Object> previous = null;
        Map<LocalDate, Map<String, Object>> trend = new HashMap<>();
        Map<GroupKey, Map<String, Object>> groupsNow = new LinkedHashMap<>();
        Map<GroupKey, Map<String, Object>> groupsBefore = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            boolean cur = Boolean.TRUE.equals(row.get("cur"));
            boolean byBucket = Figures.count(row.get("g_bucket")) == 0;
            boolean byGroup = Figures.count(row.get("g_group")) == 0;
            if (byGroup) {
                GroupKey key = new GroupKey((String) row.get("gkey"), (String) row.get("glabel"));
                (cur ? groupsNow : groupsBefore).put(key, row);
            } else if (byBucket) {
                if (cur) {
                    trend.put(((Date) row.get("bucket")).toLocalDate(), row);
                }
            } else if (cur) {
                current = row;
            } else {
                previous = row;
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate bucket : query.trend().buckets(query.period())) {
            points.add(new TrendPoint(bucket, Figures.read(d, trend.get(bucket), withTarget)));
        }
        return new Computed(
                Figures.read(d, current, withTarget),
                Figures.read(d, previous, withTarget),
                points,
                groups(d, withTarget, groupsNow, groupsBefore));
    }

    private static List<Computed.Group> groups(
            KpiDefinition d,
            boolean withTarget,
            Map<GroupKey, Map<String, Object>> now,
            Map<GroupKey, Map<String, Object>> before) {
        Set<GroupKey> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        return keys.stream()
                .map(k -> new Computed.Group(
                        k.key(),
                        k.label(),
                        Figures.read(d, now.get(k), withTarget),
                        Figures.read(d, before.get(k), withTarget)))
                .sorted(GROUP_ORDER)
                .toList();
    }

    /** Biggest groups first, "none" after named groups of the same size, then by name; the same in every view. */
    static final Comparator<Computed.Group> GROUP_ORDER = Comparator.comparingLong(
                    (Computed.Group g) -> -g.current().base())
            .thenComparing(g -> g.key() == null)
            .thenComparing(g -> Objects.requireNonNullElse(g.label(), Objects.requireNonNullElse(g.key(), "")))
            .thenComparing(g -> Objects.requireNonNullElse(g.key(), ""));

    static OffsetDateTime at(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record GroupKey(@Nullable String key, @Nullable String label) {}
}
