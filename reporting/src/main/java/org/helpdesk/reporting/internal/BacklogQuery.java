package org.helpdesk.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 *
 * <p>All instants are counted in one pass over the candidate tickets (active now, or resolved after the earliest
 * instant): with the instants sorted, a ticket is open from the first instant after its creation up to the last
 * one before its resolution, so it adds +1 there and −1 after; running sums give the count at every instant.
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
        List<Instant> instants = new ArrayList<>(new TreeSet<>(points));
        Map<GroupKey, long[]> open = openAt(query, instants, calendar);
        long[] total = open.getOrDefault(TOTAL, new long[instants.size()]);
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            boolean started = !bucketStart(query, buckets.get(i)).isAfter(now);
            long count = total[instants.indexOf(points.get(i + 2))];
            trend.add(new TrendPoint(buckets.get(i), started ? Figure.count(count) : Figure.empty()));
        }
        int nowIdx = instants.indexOf(points.get(0));
        int beforeIdx = instants.indexOf(points.get(1));
        List<Computed.Group> groups = new ArrayList<>();
        for (Map.Entry<GroupKey, long[]> group : open.entrySet()) {
            long[] counts = group.getValue();
            if (group.getKey() != TOTAL && (counts[nowIdx] > 0 || counts[beforeIdx] > 0)) {
                groups.add(new Computed.Group(
                        group.getKey().key(),
                        group.getKey().label(),
                        Figure.count(counts[nowIdx]),
                        Figure.count(counts[beforeIdx])));
            }
        }
        groups.sort(CohortQuery.GROUP_ORDER);
        Computed computed = new Computed(Figure.count(total[nowIdx]), Figure.count(total[beforeIdx]), trend, groups);
        return new Result(computed, ageing(query, points.get(0), calendar));
    }

    private static final GroupKey TOTAL = new GroupKey("\u0000total", null);

    /** Open tickets at each of the sorted {@code instants}, in total and by group. */
    private Map<GroupKey, long[]> openAt(ReportQuery query, List<Instant> instants, UUID calendar) {
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        StringBuilder thresholds = new StringBuilder("array[");
        for (int i = 0; i < instants.size(); i++) {
            thresholds.append(i == 0 ? "" : ", ").append("cast(:p").append(i).append(" as timestamptz)");
            params.put("p" + i, CohortQuery.at(instants.get(i)));
        }
        thresholds.append(']');
        params.put("minAt", CohortQuery.at(instants.get(0)));
        params.put("maxAt", CohortQuery.at(instants.get(instants.size() - 1)));
        params.put("n", instants.size());
        DimensionSql dimension = DimensionSql.of(query.breakdown());
        boolean breakdown = query.breakdown() != null;
        // c: how many instants are at or before the creation; r: how many are before the resolution.
        String group = dimension.key() + " as gkey, " + dimension.label() + " as glabel";
        String created = "width_bucket(t.created_at, " + thresholds + ") as c, ";
        String candidates = openBetween(
                created + "cast(:n as int) as r, " + group,
                created + "width_bucket(t.resolved_at - interval '1 microsecond', " + thresholds + ") as r, " + group,
                dimension.join(),
                ":minAt",
                ":maxAt",
                Criteria.of(query.filter(), query.scope()));
        // x: the candidates counted (m) by c, r and group, so the deltas below are a few rows per instant.
        String sql = "with x as (select c, r, gkey, glabel, count(*) as m from (" + candidates
                + ") y group by c, r, gkey, glabel) select e.k, "
                + (breakdown ? "e.gkey, e.glabel, grouping(e.gkey)" : "null as gkey, null as glabel, 1")
                + " as g_group, sum(e.d) as d"
                + " from (select c + 1 as k, gkey, glabel, m as d from x where r > c"
                + " union all select r + 1, gkey, glabel, -m from x where r > c and r < :n) e"
                + " group by grouping sets ((e.k)"
                + (breakdown ? ", (e.k, e.gkey, e.glabel))" : ")");
        Map<GroupKey, long[]> deltas = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.sql(sql).params(params).query().listOfRows()) {
            GroupKey key = Figures.count(row.get("g_group")) == 0
                    ? new GroupKey((String) row.get("gkey"), (String) row.get("glabel"))
                    : TOTAL;
            int k = (int) Figures.count(row.get("k"));
            deltas.computeIfAbsent(key, x -> new long[instants.size()])[k - 1] += Figures.count(row.get("d"));
        }
        for (long[] counts : deltas.values()) {
            for (int i = 1; i < counts.length; i++) {
                counts[i] += counts[i - 1];
            }
        }
        return deltas;
    }

    /**
     * The tickets that may be open at some instant of {@code [minAt, maxAt]}: created before {@code maxAt}, not
     * merged, and active or resolved after {@code minAt}; as {@code active} columns of ticket {@code t} for the
     * active ones, {@code resolved} columns for the others. The two kinds are read apart (they are disjoint), so
     * that each has its index: the active tickets V62's partial index on {@code created_at}, which also holds the
     * breakdown and filter columns, the others the index on {@code resolved_at}.
     */
    static String openBetween(
            String active, String resolved, String join, String minAt, String maxAt, Criteria criteria) {
        String common = " from ticket t" + join + " where t.merged_into_id is null and t.created_at < " + maxAt;
        return "select " + active + common + " and " + KpiDefinition.ACTIVE + criteria.sql()
                + " union all select " + resolved + common + " and not (" + KpiDefinition.ACTIVE + ")"
                + " and t.resolved_at > " + minAt + criteria.sql();
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

    /** The backlog at {@code at} by age band. */
    private List<AgeBucket> ageing(ReportQuery query, Instant at, UUID calendar) {
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        params.put("at", CohortQuery.at(at));
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < BANDS.length; i++) {
            bands.append(i == 0 ? "" : ", ")
                    .append("count(*) filter (where cast(:at as timestamptz) - t.created_at >= interval '")
                    .append(BANDS[i])
                    .append(" days'");
            if (i + 1 < BANDS.length) {
                bands.append(" and cast(:at as timestamptz) - t.created_at < interval '")
                        .append(BANDS[i + 1])
                        .append(" days'");
            }
            bands.append(") as age_").append(i);
        }
        Map<String, Object> row = jdbc.sql("select " + bands + " from ("
                        + openBetween(
                                "t.created_at",
                                "t.created_at",
                                "",
                                ":at",
                                ":at",
                                Criteria.of(query.filter(), query.scope()))
                        + ") t")
                .params(params)
                .query()
                .singleRow();
        List<AgeBucket> ageing = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            Integer to = i + 1 < BANDS.length ? BANDS[i + 1] : null;
            String id = to == null ? BANDS[i] + "d-plus" : BANDS[i] + "-" + to + "d";
            ageing.add(new AgeBucket(id, BANDS[i], to, Figures.count(row.get("age_" + i))));
        }
        return ageing;
    }

    private record GroupKey(@Nullable String key, @Nullable String label) {}
}
