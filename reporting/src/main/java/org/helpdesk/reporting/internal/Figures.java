package org.helpdesk.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.helpdesk.reporting.Figure;
import org.helpdesk.reporting.ScoreDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Turns the aggregates of a query into {@link Figure}s, rounding once, here: percentages to one decimal, hours to
 * two (half up). Every view shows these rounded numbers, so they agree to the last digit.
 */
public final class Figures {

    public static final int PERCENT_SCALE = 1;
    public static final int HOURS_SCALE = 2;
    public static final int MONEY_SCALE = 2;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Figures() {}

    /** {@code part} of {@code whole} in percent; null when the whole is zero. */
    public static @Nullable BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal hours(BigDecimal seconds) {
        return seconds.divide(SECONDS_PER_HOUR, HOURS_SCALE, RoundingMode.HALF_UP);
    }

    public static Figure ratio(long base, long matching) {
        return new Figure(percent(matching, base), base, matching, null, null, null);
    }

    public static Figure duration(
            long measured,
            @Nullable BigDecimal meanSeconds,
            @Nullable Double medianSeconds,
            @Nullable Double p90Seconds,
            @Nullable Long withinTarget) {
        if (measured == 0 || meanSeconds == null || medianSeconds == null || p90Seconds == null) {
            return new Figure(null, 0, withinTarget == null ? null : 0L, null, null, null);
        }
        return new Figure(
                hours(BigDecimal.valueOf(medianSeconds)),
                measured,
                withinTarget,
                hours(meanSeconds),
                hours(BigDecimal.valueOf(p90Seconds)),
                withinTarget == null ? null : percent(withinTarget, measured));
    }

    /**
     * Cost per complaint: the cost of the costed complaints' work (minutes × hourly cost ÷ 60) ÷ those complaints,
     * with the total cost and the hours that had no cost; no value when no complaint could be costed.
     */
    public static Figure cost(long complaints, long costed, @Nullable BigDecimal costMinutes, long uncostedMinutes) {
        BigDecimal uncosted =
                BigDecimal.valueOf(uncostedMinutes).divide(MINUTES_PER_HOUR, HOURS_SCALE, RoundingMode.HALF_UP);
        if (costed == 0 || costMinutes == null) {
            return new Figure(null, complaints, costed, null, null, percent(costed, complaints), null, uncosted);
        }
        return new Figure(
                costMinutes.divide(
                        MINUTES_PER_HOUR.multiply(BigDecimal.valueOf(costed)), MONEY_SCALE, RoundingMode.HALF_UP),
                complaints,
                costed,
                null,
                null,
                percent(costed, complaints),
                costMinutes.divide(MINUTES_PER_HOUR, MONEY_SCALE, RoundingMode.HALF_UP),
                uncosted);
    }

    /** Reads the figure of {@code definition} from a result row (its columns prefixed by the KPI alias). */
    static Figure read(KpiDefinition definition, @Nullable Map<String, Object> row, boolean withTarget) {
        String a = definition.alias();
        Measure measure = definition.measure();
        if (measure instanceof Measure.Count) {
            return Figure.count(row == null ? 0 : count(row.get(a + "base")));
        }
        if (measure instanceof Measure.Scores scores) {
            return answers(scores, a, row);
        }
        if (measure instanceof Measure.Cost) {
            return row == null
                    ? cost(0, 0, null, 0)
                    : cost(
                            count(row.get(a + "base")),
                            count(row.get(a + "matching")),
                            decimal(row.get(a + "cost_minutes")),
                            count(row.get(a + "uncosted_minutes")));
        }
        if (measure instanceof Measure.Ratio) {
            return row == null ? ratio(0, 0) : ratio(count(row.get(a + "base")), count(row.get(a + "matching")));
        }
        if (row == null) {
            return duration(0, null, null, null, withTarget ? 0L : null);
        }
        return duration(
                count(row.get(a + "base")),
                decimal(row.get(a + "mean")),
                (Double) row.get(a + "median"),
                (Double) row.get(a + "p90"),
                withTarget ? count(row.get(a + "matching")) : null);
    }

    /** NPS, CSAT or CES from the answer counts, with the same formulas as {@link ScoreDistribution}. */
    private static Figure answers(Measure.Scores scores, String alias, @Nullable Map<String, Object> row) {
        long[] counts = new long[scores.highest() - scores.lowest() + 1];
        for (int score = scores.lowest(); row != null && score <= scores.highest(); score++) {
            counts[score - scores.lowest()] = count(row.get(alias + "s" + score));
        }
        ScoreDistribution answers = ScoreDistribution.of(scores.lowest(), scores.highest(), counts);
        BigDecimal value = scores.kind().equals("NPS") ? answers.netPromoterScore() : answers.mean();
        long matching = answers.answersBetween(scores.matchingFrom(), scores.matchingTo());
        return new Figure(
                value,
                answers.answers(),
                matching,
                null,
                null,
                answers.percentBetween(scores.matchingFrom(), scores.matchingTo()));
    }

    static long count(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }
}
