package org.helpdesk.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One computed number and what it rests on. {@code value} is the headline: a percentage (one decimal), a count,
 * for durations the median in hours (two decimals), for NPS the score, for CSAT and CES the mean answer; it is
 * null when there is nothing to measure (an empty period). {@code base} is the denominator (ratios), the number of
 * tickets measured (durations), the number of answers (surveys) or the count; {@code matching} the numerator
 * (ratios), the tickets within the target (durations), or the promoters (NPS), satisfied (CSAT 4–5) and low-effort
 * (CES 5–7) answers; {@code matchingPercent} is {@code matching} ÷ {@code base} in % for durations and surveys.
 * Durations also carry mean and p90 hours. Cost per complaint also carries the {@code total} cost it divides and
 * the {@code uncostedHours} of work it had to leave out (complaints whose team has no hourly cost).
 */
public record Figure(
        @Nullable BigDecimal value,
        long base,
        @Nullable Long matching,
        @Nullable BigDecimal mean,
        @Nullable BigDecimal p90,
        @Nullable BigDecimal matchingPercent,
        @Nullable BigDecimal total,
        @Nullable BigDecimal uncostedHours) {

    public Figure(
            @Nullable BigDecimal value,
            long base,
            @Nullable Long matching,
            @Nullable BigDecimal mean,
            @Nullable BigDecimal p90,
            @Nullable BigDecimal matchingPercent) {
        this(value, base, matching, mean, p90, matchingPercent, null, null);
    }

    public static Figure empty() {
        return new Figure(null, 0, null, null, null, null);
    }

    public static Figure count(long count) {
        return new Figure(BigDecimal.valueOf(count), count, null, null, null, null);
    }

    /** The median: for durations it is the headline value. */
    public @Nullable BigDecimal median() {
        return mean == null ? null : value;
    }
}
