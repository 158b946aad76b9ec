package org.helpdesk.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.reporting.AgeBucket;
import org.helpdesk.reporting.Figure;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.TrendPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open tickets at an instant: created before it, not merged, and either still active or resolved after it. The
 * backlog of a period is taken at its end, or now if the period has not ended; the trend at the end of each step.
 */
public final class BacklogQuery {

    /** Age bands of open tickets, in days: [0, 1), [1, 3), [3, 7), [7, 30), [30, ∞). */
    static final int[] BANDS = {0, 1, 3, 7, 30};

    static final String OPEN_AT = "t.created_at < p.at and (" + KpiDefinition.ACTIVE + " or t.resolved_at > p.at)";

    private final JdbcClient jdbc;

    BacklogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Result(Computed computed, List<AgeBucket> ageing) {}

    Result run(ReportQuery query, Instant now, UUID calendar) {
        Period current = query.period();
        List<LocalDate> buckets = query.trend().buckets(current);
        List<Instant> points = new ArrayList<>();
        points.add(asOf(current.end(), now));
        points.add(asOf(current.previous().end(), now));
        for (LocalDate bucket : buckets) {
            points.add(asOf(bucketEnd(query, bucket), now));
        }
        boolean breakdown = query.breakdown() != null;
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        List<Map<String, Object>> rows =
                jdbc.sql(sql(query, points, params)).params(params).query().listOfRows();
        Map<Integer, Map<String, Object>> totals = new HashMap<>();
        Map<Integer, Map<GroupKey, Map<String, Object>>> groups = new HashMap<>();
        for (Map<String, Object> row : rows) {
            int idx = (int) Figures.count(row.get("idx"));
            if (breakdown && Figures.count(row.get("g_group")) == 0) {
                groups.computeIfAbsent(idx, i -> new LinkedHashMap<>())
                        .put(new GroupKey((String) row.get("gkey"), (String) row.get("glabel")), row);
            } else {
                totals.put(idx, row);
            }
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            boolean started = !bucketStart(query, buckets.get(i)).isAfter(now);
            trend.add(new TrendPoint(buckets.get(i), started ? figure(totals.get(i + 2)) : Figure.empty()));
        }
        Computed computed = new Computed(figure(totals.get(0)), figure(totals.get(1)), trend, groups(groups));
        return new Result(computed, ageing(totals.get(0)));
    }

    /** The open tickets at {@code at} as a subquery with their group, for the drill-down. */
    static String openAt(DimensionSql dimension, Criteria criteria) {
        return "select t.*, " + dimension.key() + " as gkey, " + dimension.label()
                + " as glabel, p.at - t.created_at as age"
                + " from (select cast(:at as timestamptz) as at) p join ticket t on " + OPEN_AT + dimension.join()
                + " where t.merged_into_id is null" + criteria.sql();
    }

    static Instant bucketEnd(ReportQuery query, LocalDate bucket) {
        Instant end =
                query.trend().next(bucket).atStartOfDay(query.period().zone()).toInstant();
        return end.isAfter(query.period().end()) ? query.period().end() : end;
    }

    private static Instant bucketStart(ReportQuery query, LocalDate bucket) {
        Instant start = bucket.atStartOfDay(query.period().zone()).toInstant();
        return start.isBefore(query.period().start()) ? query.period().start() : start;
    }

    static Instant asOf(Instant end, Instant now) {
        return end.isAfter(now) ? now : end;
    }

    private static String sql(ReportQuery query, List<Instant> points, Map<String, Object> params) {
        DimensionSql dimension = DimensionSql.of(query.breakdown());
        boolean breakdown = query.breakdown() != null;
        StringBuilder values = new StringBuilder();
        Instant min = points.get(0);
        Instant max = points.get(0);
        for (int i = 0; i < points.size(); i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(i)
                    .append(", cast(:p")
                    .append(i)
                    .append(" as timestamptz))");
            params.put("p" + i, CohortQuery.at(points.get(i)));
            min = points.get(i).isBefore(min) ? points.get(i) : min;
            max = points.get(i).isAfter(max) ? points.get(i) : max;
        }
        params.put("minAt", CohortQuery.at(min));
        params.put("maxAt", CohortQuery.at(max));
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < BANDS.length; i++) {
            bands.append(", count(*) filter (where b.age >= interval '")
                    .append(BANDS[i])
                    .append(" days'");
            if (i + 1 < BANDS.length) {
                bands.append(" and b.age < interval '").append(BANDS[i + 1]).append(" days'");
            }
            bands.append(") as age_").append(i);
        }
        return "select b.idx, "
                + (breakdown ? "b.gkey, b.glabel, grouping(b.gkey) as g_group, " : "")
                + "count(*) as base" + bands
                + " from (select p.idx, p.at - t.created_at as age, " + dimension.key() + " as gkey, "
                + dimension.label()
                + " as glabel from (values " + values + ") as p(idx, at) join ticket t on " + OPEN_AT + dimension.join()
                + " where t.merged_into_id is null and t.created_at < :maxAt and (" + KpiDefinition.ACTIVE
                + " or t.resolved_at > :minAt)"
                + Criteria.of(query.filter(), query.scope()).sql() + ") b"
                + " group by grouping sets ((b.idx)" + (breakdown ? ", (b.idx, b.gkey, b.glabel))" : ")");
    }

    private static Figure figure(@Nullable Map<String, Object> row) {
        return Figure.count(row == null ? 0 : Figures.count(row.get("base")));
    }

    private static List<AgeBucket> ageing(@Nullable Map<String, Object> row) {
        List<AgeBucket> ageing = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            Integer to = i + 1 < BANDS.length ? BANDS[i + 1] : null;
            String id = to == null ? BANDS[i] + "d-plus" : BANDS[i] + "-" + to + "d";
            ageing.add(new AgeBucket(id, BANDS[i], to, row == null ? 0 : Figures.count(row.get("age_" + i))));
        }
        return ageing;
    }

    private static List<Computed.Group> groups(Map<Integer, Map<GroupKey, Map<String, Object>>> groups) {
        Map<GroupKey, Map<String, Object>> now = groups.getOrDefault(0, Map.of());
        Map<GroupKey, Map<String, Object>> before = groups.getOrDefault(1, Map.of());
        Set<GroupKey> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        return keys.stream()
                .map(k -> new Computed.Group(k.key(), k.label(), figure(now.get(k)), figure(before.get(k))))
                .sorted(CohortQuery.GROUP_ORDER)
                .toList();
    }

    private record GroupKey(@Nullable String key, @Nullable String label) {}
}
