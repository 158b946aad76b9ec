package org.helpdesk.reporting.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.helpdesk.reporting.Comparison;
import org.helpdesk.reporting.Target;
import org.jspecify.annotations.Nullable;

/** The aggregate columns of one KPI in a family query, prefixed by its alias. */
final class Aggregates {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Aggregates() {}

    static String of(KpiDefinition d, @Nullable Target target, Map<String, Object> params) {
        String a = d.alias();
        Measure measure = d.measure();
        if (measure instanceof Measure.Count count) {
            return "count(*) filter (where " + count.condition() + ") as " + a + "base";
        }
        if (measure instanceof Measure.Ratio ratio) {
            return "count(*) filter (where " + ratio.denominator() + ") as " + a + "base, "
                    + "count(*) filter (where (" + ratio.denominator() + ") and (" + ratio.numerator() + ")) as " + a
                    + "matching";
        }
        if (measure instanceof Measure.Cost) {
            return "count(distinct t.id) as " + a + "base, "
                    + "count(distinct t.id) filter (where t.hourly_cost is not null) as " + a + "matching, "
                    + "sum(t.work_minutes * t.hourly_cost) as " + a + "cost_minutes, "
                    + "coalesce(sum(t.work_minutes) filter (where t.hourly_cost is null), 0) as " + a
                    + "uncosted_minutes";
        }
        if (measure instanceof Measure.Scores scores) {
            StringBuilder sql = new StringBuilder();
            for (int score = scores.lowest(); score <= scores.highest(); score++) {
                sql.append(score == scores.lowest() ? "" : ", ")
                        .append("count(*) filter (where t.kind = '")
                        .append(scores.kind())
                        .append("' and t.score = ")
                        .append(score)
                        .append(") as ")
                        .append(a)
                        .append('s')
                        .append(score);
            }
            return sql.toString();
        }
        String column = "t." + ((Measure.Duration) measure).column();
        String sql = "count(" + column + ") as " + a + "base, avg(" + column + ") as " + a + "mean, "
                + "percentile_cont(0.5) within group (order by " + column + "::float8) as " + a + "median, "
                + "percentile_cont(0.9) within group (order by " + column + "::float8) as " + a + "p90";
        if (target != null) {
            params.put(a + "target", target.value().multiply(SECONDS_PER_HOUR));
            sql += ", count(*) filter (where " + withinTarget(column, target.comparison(), ":" + a + "target") + ") as "
                    + a + "matching";
        }
        return sql;
    }

    /** The per-ticket condition "this duration meets the target". */
    static String withinTarget(String column, Comparison comparison, String target) {
        String operator = switch (comparison) {
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
        };
        return column + " " + operator + " " + target;
    }
}
