package org.helpdesk.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.reporting.DrillPage;
import org.helpdesk.reporting.DrillRequest;
import org.helpdesk.reporting.DrillRow;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.Target;
import org.helpdesk.ticket.TicketReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tickets (or survey answers) behind a figure. Uses the same slice, conditions and grouping as the query that computed the
 * figure, so the number of rows always equals the figure's base (or its matching part).
 */
final class DrillQuery {

    private final JdbcClient jdbc;

    DrillQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DrillPage run(DrillRequest request, @Nullable Target target, Instant now, UUID calendar) {
        KpiDefinition d = KpiDefinition.of(request.kpi());
        ReportQuery query = request.query();
        Map<String, Object> params = new HashMap<>(Parameters.common(query, calendar));
        Selection selection = switch (d.family()) {
            case BACKLOG -> backlog(request, now, params);
            case CHURN -> churn(request, params);
            default -> cohort(d, request, target, params);
        };
        StringBuilder where = new StringBuilder(" where true");
        if (request.group() != null) {
            if (DrillRequest.NO_GROUP.equals(request.group())) {
                where.append(" and t.gkey is null");
            } else {
                where.append(" and t.gkey = :group");
                params.put("group", request.group());
            }
        }
        if (request.part() == DrillRequest.Part.MATCHING) {
            where.append(" and t.matching");
        }
        // The subquery keeps the ticket alias t, so the KPI's own conditions apply to it unchanged.
        String from = " from (select t.*, " + selection.matching() + " as matching, " + selection.time() + " as at, "
                + selection.measure() + " as measure from (" + selection.sql() + ") t where " + selection.condition()
                + ") t"
                + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", request.size());
        params.put("offset", (long) request.page() * request.size());
        List<DrillRow> rows = jdbc.sql("select t.number, t.subject, t.status, t.created_at, t.at, t.measure, t.matching"
                        + from + " order by " + selection.order() + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs, selection.hours()))
                .list();
        return new DrillPage(rows, request.page(), request.size(), total);
    }

    private static DrillRow row(java.sql.ResultSet rs, boolean hours) throws java.sql.SQLException {
        Long number = rs.getObject("number") == null ? null : rs.getLong("number");
        BigDecimal measure = rs.getBigDecimal("measure");
        return new DrillRow(
                number,
                number == null ? null : TicketReference.format(number),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant(),
                measure == null ? null : hours ? Figures.hours(measure) : measure,
                rs.getBoolean("matching"));
    }

    /**
     * A subquery of tickets (or answers) with gkey, and how to read the drill columns from it: {@code measure} is
     * seconds when {@code hours}, else the value as shown.
     */
    private record Selection(
            String sql, String condition, String matching, String time, String measure, boolean hours, String order) {}

    private static Selection cohort(
            KpiDefinition d, DrillRequest request, @Nullable Target target, Map<String, Object> params) {
        Period period = request.period();
        params.put("start", CohortQuery.at(period.start()));
        params.put("from", CohortQuery.at(period.start()));
        params.put("to", CohortQuery.at(period.end()));
        Set<String> durations = d.measure() instanceof Measure.Duration duration ? Set.of(duration.column()) : Set.of();
        boolean answers = d.family() == Family.ANSWERS;
        // Without a group, an item with several themes is listed once, as the figure counts it.
        ReportQuery query = request.group() == null
                        && request.query().breakdown() != null
                        && request.query().breakdown().multiValued()
                ? request.query().by(null)
                : request.query();
        String slice = answers
                ? AnswerSlice.of(query).sql()
                : new TicketSlice(
                                d.family(),
                                DimensionSql.of(request.query().breakdown()),
                                Criteria.of(
                                        request.query().filter(),
                                        request.query().scope()),
                                durations)
                        .sql();
        String order = answers ? "t.received_at desc, t.feedback_id" : "t.number desc";
        String condition = "true";
        if (request.bucket() != null) {
            condition = "t.bucket = :bucket";
            params.put("bucket", request.bucket());
        }
        String time = d.family().time;
        if (d.measure() instanceof Measure.Cost) {
            return workedOn(slice, condition);
        }
        if (d.measure() instanceof Measure.Ratio ratio) {
            return new Selection(
                    slice,
                    condition + " and (" + ratio.denominator() + ")",
                    "(" + ratio.numerator() + ")",
                    time,
                    "null::numeric",
                    false,
                    order);
        }
        if (d.measure() instanceof Measure.Scores scores) {
            return new Selection(
                    slice,
                    condition + " and t.kind = '" + scores.kind() + "'",
                    "(" + scores.matching("t") + ")",
                    time,
                    "t.score::numeric",
                    false,
                    order);
        }
        if (d.measure() instanceof Measure.Duration duration) {
            String column = "t." + duration.column();
            String matching = "true";
            if (target != null) {
                params.put("target", target.value().multiply(BigDecimal.valueOf(3600)));
                matching = Aggregates.withinTarget(column, target.comparison(), ":target");
            }
            return new Selection(
                    slice,
                    condition + " and " + column + " is not null",
                    matching,
                    time,
                    column,
                    true,
                    "t.measure desc nulls last, t.number desc");
        }
        String count = ((Measure.Count) d.measure()).condition();
        return new Selection(slice, condition + " and (" + count + ")", "true", time, "null::numeric", false, order);
    }

    /**
     * One row per ticket of a work slice (which has a row per work-log entry): matching when its team has an hourly
     * cost, measured by the cost of its work in the period, timed by its latest entry.
     */
    private static Selection workedOn(String slice, String condition) {
        String columns = "t.id, t.number, t.subject, t.status, t.created_at, t.gkey, t.hourly_cost";
        String perTicket = "select " + columns + ", sum(t.work_minutes) as work_minutes, max(t.logged_at) as logged_at"
                + " from (" + slice + ") t where " + condition + " group by " + columns;
        return new Selection(
                perTicket,
                "true",
                "t.hourly_cost is not null",
                "t.logged_at",
                "round(t.work_minutes * t.hourly_cost / 60, " + Figures.MONEY_SCALE + ")",
                false,
                "t.measure desc nulls last, t.number desc");
    }

    private static Selection backlog(DrillRequest request, Instant now, Map<String, Object> params) {
        ReportQuery query = request.query();
        Instant end = request.bucket() != null
                ? BacklogQuery.bucketEnd(query, request.bucket())
                : request.period().end();
        params.put("at", CohortQuery.at(BacklogQuery.asOf(end, now)));
        String sql =
                BacklogQuery.openAt(DimensionSql.of(query.breakdown()), Criteria.of(query.filter(), query.scope()));
        return new Selection(
                sql, "true", "true", "null::timestamptz", "extract(epoch from t.age)", true, "t.created_at, t.number");
    }

    private static Selection churn(DrillRequest request, Map<String, Object> params) {
        ReportQuery query = request.query();
        ChurnQuery.Span span = request.bucket() != null
                ? ChurnQuery.Span.forBucket(query, request.bucket())
                : ChurnQuery.Span.forPeriod(request.period());
        span.bind(params);
        String sql = ChurnQuery.customersOfBase(
                DimensionSql.of(query.breakdown()),
                Criteria.of(query.filter(), query.scope()),
                Criteria.of(query.filter(), query.scope(), "n"));
        return new Selection(sql, "true", "t.churned", "t.created_at", "null::numeric", false, "t.number desc");
    }
}
