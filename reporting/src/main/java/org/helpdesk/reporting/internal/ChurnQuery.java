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
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.TrendPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Churn: of the customers with a ticket in a base span (the previous period, or the previous trend step), the
 * share with no ticket in the span that follows or marked lost on a day of it (counted once if both). Both spans
 * see the tickets through the same filters and scope; the lost mark belongs to the customer, whatever the filters.
 */
public final class ChurnQuery {

    private final JdbcClient jdbc;

    ChurnQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Computed run(KpiDefinition d, ReportQuery query, UUID calendar) {
        Period p0 = query.period();
        Period p1 = p0.previous();
        Period p2 = p1.previous();
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        params.put("p0", CohortQuery.at(p0.start()));
        params.put("p1", CohortQuery.at(p1.start()));
        params.put("p2", CohortQuery.at(p2.start()));
        params.put("end", CohortQuery.at(p0.end()));
        Criteria criteria = Criteria.of(query.filter(), query.scope());
        // One row per customer with the spans they had a ticket in (in0: this period, in1: the previous, in2: the
        // one before); each base span (idx 1, 2) then looks at the span after it on the same row, without a join.
        List<Map<String, Object>> rows = jdbc.sql("with c as (select t.customer_id,"
                        + " bool_or(t.created_at >= :p0) as in0,"
                        + " bool_or(t.created_at >= :p1 and t.created_at < :p0) as in1,"
                        + " bool_or(t.created_at < :p1) as in2"
                        + " from ticket t where t.merged_into_id is null and t.created_at >= :p2 and t.created_at < :end"
                        + criteria.sql() + " group by t.customer_id)"
                        + " select a.idx, count(*) as " + d.alias() + "base,"
                        + " count(*) filter (where not a.next or "
                        + lost("case a.idx when 1 then :p0 else :p1 end", "case a.idx when 1 then :end else :p0 end")
                        + ") as " + d.alias() + "matching"
                        + " from (select c.customer_id, v.idx, v.next from c cross join lateral"
                        + " (values (1, c.in1, c.in0), (2, c.in2, c.in1)) v(idx, here, next) where v.here) a"
                        + LOST_JOIN + " group by a.idx")
                .params(params)
                .query()
                .listOfRows();
        Map<Long, Map<String, Object>> byIdx = new HashMap<>();
        rows.forEach(r -> byIdx.put(Figures.count(r.get("idx")), r));
        List<Computed.Group> groups = query.breakdown() == null
                ? List.of()
                : groups(
                        d,
                        query,
                        new Span(p1.start(), p1.end(), p0.start(), p0.end()),
                        new Span(p2.start(), p2.end(), p1.start(), p1.end()),
                        calendar);
        return new Computed(
                Figures.read(d, byIdx.get(1L), false),
                Figures.read(d, byIdx.get(2L), false),
                trend(d, query, calendar),
                groups);
    }

    /** A base span and the span that follows it: customers of the base without a ticket in the next churned. */
    public record Span(Instant baseFrom, Instant baseTo, Instant nextFrom, Instant nextTo) {

        public static Span forPeriod(Period period) {
            Period base = period.previous();
            return new Span(base.start(), base.end(), period.start(), period.end());
        }

        /** The step before {@code bucket} as base, {@code bucket} (within the period) as next. */
        public static Span forBucket(ReportQuery query, LocalDate bucket) {
            Granularity step = query.trend();
            LocalDate before = step.truncate(bucket.minusDays(1));
            Instant nextFrom = bucket.atStartOfDay(query.period().zone()).toInstant();
            return new Span(
                    before.atStartOfDay(query.period().zone()).toInstant(),
                    nextFrom,
                    nextFrom,
                    BacklogQuery.bucketEnd(query, bucket));
        }

        void bind(Map<String, Object> params) {
            params.put("baseFrom", CohortQuery.at(baseFrom));
            params.put("baseTo", CohortQuery.at(baseTo));
            params.put("nextFrom", CohortQuery.at(nextFrom));
            params.put("nextTo", CohortQuery.at(nextTo));
        }
    }

    /**
     * The latest ticket in the base span of each customer active in it, with {@code matching} true when the
     * customer churned, as a subquery for the drill-down (columns of ticket, plus gkey and glabel).
     */
    static String customersOfBase(DimensionSql dimension, Criteria criteria, Criteria next) {
        return "select distinct on (t.customer_id) t.*, " + dimension.key() + " as gkey, " + dimension.label()
                + " as glabel,"
                + " not exists (select 1 from ticket n where n.customer_id = t.customer_id and n.merged_into_id is null"
                + " and n.created_at >= :nextFrom and n.created_at < :nextTo" + next.sql() + ")"
                + " or exists (select 1 from customer cu where cu.id = t.customer_id and "
                + lost(":nextFrom", ":nextTo")
                + ") as churned"
                + " from ticket t" + dimension.join()
                + " where t.merged_into_id is null and t.created_at >= :baseFrom and t.created_at < :baseTo"
                + criteria.sql()
                + " order by t.customer_id, t.created_at desc, t.number desc";
    }

    /** The customer {@code cu} of each base customer {@code a}, for the date they were marked lost. */
    private static final String LOST_JOIN = " join customer cu on cu.id = a.customer_id";

    /**
     * Customer {@code cu} was marked lost on a local day of {@code [from, to)}: instants at local midnight, so the
     * days are exactly the span's.
     */
    static String lost(String from, String to) {
        return "(cu.lost_on >= (cast(" + from + " as timestamptz) at time zone :zone)::date"
                + " and cu.lost_on < (cast(" + to + " as timestamptz) at time zone :zone)::date)";
    }

    /** Each step against the step before it, in one query (the drill-down uses {@link Span#forBucket}). */
    private List<TrendPoint> trend(KpiDefinition d, ReportQuery query, UUID calendar) {
        List<LocalDate> buckets = query.trend().buckets(query.period());
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        params.put("tfrom", CohortQuery.at(Span.forBucket(query, buckets.get(0)).baseFrom()));
        params.put("end", CohortQuery.at(query.period().end()));
        params.put("step", STEPS.get(query.trend()));
        params.put("endDay", query.period().to().plusDays(1));
        Map<LocalDate, Map<String, Object>> byBase = new HashMap<>();
        jdbc.sql("with c as (select distinct t.customer_id,"
                        + " (date_trunc(:unit, t.created_at at time zone :zone))::date as b from ticket t"
                        + " where t.merged_into_id is null and t.created_at >= :tfrom and t.created_at < :end"
                        + Criteria.of(query.filter(), query.scope()).sql() + ")"
                        + " select a.b, count(*) as " + d.alias() + "base,"
                        + " count(*) filter (where n.customer_id is null or cu.lost_on >= (a.b + cast(:step as interval))::date"
                        + " and cu.lost_on < least((a.b + 2 * cast(:step as interval))::date, :endDay)) as "
                        + d.alias() + "matching"
                        + " from c a left join c n on n.customer_id = a.customer_id"
                        + " and n.b = (a.b + cast(:step as interval))::date" + LOST_JOIN + " group by a.b")
                .params(params)
                .query()
                .listOfRows()
                .forEach(r -> byBase.put(((java.sql.Date) r.get("b")).toLocalDate(), r));
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate bucket : buckets) {
            LocalDate base = query.trend().truncate(bucket.minusDays(1));
            points.add(new TrendPoint(bucket, Figures.read(d, byBase.get(base), false)));
        }
        return points;
    }

    private static final Map<Granularity, String> STEPS = Map.of(
            Granularity.DAY,
            "1 day",
            Granularity.WEEK,
            "7 days",
            Granularity.MONTH,
            "1 month",
            Granularity.QUARTER,
            "3 months");

    private List<Computed.Group> groups(KpiDefinition d, ReportQuery query, Span now, Span before, UUID calendar) {
        Map<GroupKey, Map<String, Object>> current = grouped(d, query, now, calendar);
        Map<GroupKey, Map<String, Object>> previous = grouped(d, query, before, calendar);
        Set<GroupKey> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(previous.keySet());
        return keys.stream()
                .map(k -> new Computed.Group(
                        k.key(),
                        k.label(),
                        Figures.read(d, current.get(k), false),
                        Figures.read(d, previous.get(k), false)))
                .sorted(CohortQuery.GROUP_ORDER)
                .toList();
    }

    private Map<GroupKey, Map<String, Object>> grouped(KpiDefinition d, ReportQuery query, Span span, UUID calendar) {
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        span.bind(params);
        DimensionSql dimension = DimensionSql.of(query.breakdown());
        String base =
                "select distinct t.customer_id, " + dimension.key() + " as gkey, " + dimension.label() + " as glabel"
                        + " from ticket t" + dimension.join()
                        + " where t.merged_into_id is null and t.created_at >= :baseFrom and t.created_at < :baseTo"
                        + Criteria.of(query.filter(), query.scope()).sql();
        String next = "select distinct t.customer_id from ticket t"
                + " where t.merged_into_id is null and t.created_at >= :nextFrom and t.created_at < :nextTo"
                + Criteria.of(query.filter(), query.scope()).sql();
        Map<GroupKey, Map<String, Object>> groups = new LinkedHashMap<>();
        jdbc.sql("select a.gkey, a.glabel, count(*) as " + d.alias()
                        + "base, count(*) filter (where n.customer_id is null or " + lost(":nextFrom", ":nextTo")
                        + ") as "
                        + d.alias() + "matching from (" + base + ") a left join (" + next
                        + ") n on n.customer_id = a.customer_id" + LOST_JOIN + " group by a.gkey, a.glabel")
                .params(params)
                .query()
                .listOfRows()
                .forEach(r -> groups.put(new GroupKey((String) r.get("gkey"), (String) r.get("glabel")), r));
        return groups;
    }

    private record GroupKey(@Nullable String key, @Nullable String label) {}
}
