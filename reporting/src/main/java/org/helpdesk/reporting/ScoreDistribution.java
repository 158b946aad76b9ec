package org.helpdesk.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.helpdesk.reporting.internal.Figures;
import org.jspecify.annotations.Nullable;

/**
 * How many survey answers gave each score from {@code lowest} to {@code highest}; NPS, CSAT and CES are formulas
 * over it (docs/kpi.md). Each result is rounded once, from exact counts: NPS is computed as
 * {@code (promoters − detractors) × 100 ÷ answers}, not as the difference of two rounded percentages.
 */
public record ScoreDistribution(int lowest, int highest, List<Long> counts) {

    /** NPS: 0–10; promoters answer 9–10, detractors 0–6. */
    public static final int NPS_LOWEST = 0;

    public static final int NPS_HIGHEST = 10;
    /** CSAT: 1–5; satisfied answers are 4–5. */
    public static final int CSAT_LOWEST = 1;

    public static final int CSAT_HIGHEST = 5;
    /** CES: 1–7, 7 = "very easy"; low-effort answers are 5–7. */
    public static final int CES_LOWEST = 1;

    public static final int CES_HIGHEST = 7;

    public ScoreDistribution {
        counts = List.copyOf(counts);
        if (highest < lowest || counts.size() != highest - lowest + 1) {
            throw new IllegalArgumentException("one count per score from " + lowest + " to " + highest);
        }
        if (counts.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The counts of scores {@code lowest}, {@code lowest + 1}, ... */
    public static ScoreDistribution of(int lowest, int highest, long... counts) {
        return new ScoreDistribution(
                lowest, highest, java.util.Arrays.stream(counts).boxed().toList());
    }

    public static ScoreDistribution nps(long... counts) {
        return of(NPS_LOWEST, NPS_HIGHEST, counts);
    }

    public static ScoreDistribution csat(long... counts) {
        return of(CSAT_LOWEST, CSAT_HIGHEST, counts);
    }

    public static ScoreDistribution ces(long... counts) {
        return of(CES_LOWEST, CES_HIGHEST, counts);
    }

    public long answers() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    public long answersBetween(int from, int to) {
        long sum = 0;
        for (int score = Math.max(from, lowest); score <= Math.min(to, highest); score++) {
            sum += counts.get(score - lowest);
        }
        return sum;
    }

    /** The mean score, two decimals; null without answers. */
    public @Nullable BigDecimal mean() {
        long answers = answers();
        if (answers == 0) {
            return null;
        }
        long total = 0;
        for (int score = lowest; score <= highest; score++) {
            total += score * counts.get(score - lowest);
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
    }

    /** The % of answers scoring {@code from}–{@code to}, one decimal; null without answers. */
    public @Nullable BigDecimal percentBetween(int from, int to) {
        return Figures.percent(answersBetween(from, to), answers());
    }

    /** NPS: −100 … 100, one decimal; null without answers. */
    public @Nullable BigDecimal netPromoterScore() {
        requireScale(NPS_LOWEST, NPS_HIGHEST);
        long answers = answers();
        if (answers == 0) {
            return null;
        }
        long net = answersBetween(9, 10) - answersBetween(0, 6);
        return BigDecimal.valueOf(net * 100)
                .divide(BigDecimal.valueOf(answers), Figures.PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** CSAT: % of satisfied answers (4–5). The CSAT KPI's headline is {@link #mean()}. */
    public @Nullable BigDecimal satisfiedPercent() {
        requireScale(CSAT_LOWEST, CSAT_HIGHEST);
        return percentBetween(4, 5);
    }

    /** CES: % of low-effort answers (5–7). The CES KPI's headline is {@link #mean()}. */
    public @Nullable BigDecimal lowEffortPercent() {
        requireScale(CES_LOWEST, CES_HIGHEST);
        return percentBetween(5, 7);
    }

    private void requireScale(int from, int to) {
        if (lowest != from || highest != to) {
            throw new IllegalStateException("this formula needs scores " + from + "–" + to);
        }
    }
}
