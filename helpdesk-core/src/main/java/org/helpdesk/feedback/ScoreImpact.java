package org.helpdesk.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * How the answers that mention a theme score against those that do not: CSAT as mean scores (1–5), NPS as net
 * promoter scores (−100 … 100). {@code difference} = with − without, and its 95 % confidence interval
 * {@code low}–{@code high}: Welch's t interval for CSAT, a normal approximation for NPS (docs/feedback.md, "Drivers").
 * With fewer than {@link #MIN_ANSWERS} answers on either side there is not enough data: no difference, no interval.
 * CSAT values are rounded to two decimals, NPS values to one, each once from the exact figures.
 */
public record ScoreImpact(
        SurveyKind kind,
        long withCount,
        long withoutCount,
        @Nullable Double with,
        @Nullable Double without,
        @Nullable Double difference,
        @Nullable Double low,
        @Nullable Double high) {

    /** Below this many answers on either side a mean says too little to compare. */
    public static final int MIN_ANSWERS = 5;

    private static final double Z_975 = 1.959963984540054;

    /** CSAT: mean score with vs without, Welch's interval for the difference of the means. */
    public static ScoreImpact csat(ScoreSample with, ScoreSample without) {
        Double meanWith = with.count() == 0 ? null : with.mean();
        Double meanWithout = without.count() == 0 ? null : without.mean();
        if (!enough(with, without)) {
            return new ScoreImpact(
                    SurveyKind.CSAT,
                    with.count(),
                    without.count(),
                    round(meanWith, 2),
                    round(meanWithout, 2),
                    null,
                    null,
                    null);
        }
        double difference = with.mean() - without.mean();
        double a = with.variance() / with.count();
        double b = without.variance() / without.count();
        double standardError = Math.sqrt(a + b);
        double margin = 0;
        if (standardError > 0) {
            double degrees = (a + b) * (a + b) / (a * a / (with.count() - 1) + b * b / (without.count() - 1));
            margin = StudentT.quantile(0.975, degrees) * standardError;
        }
        return new ScoreImpact(
                SurveyKind.CSAT,
                with.count(),
                without.count(),
                round(meanWith, 2),
                round(meanWithout, 2),
                round(difference, 2),
                round(difference - margin, 2),
                round(difference + margin, 2));
    }

    /** NPS: score with vs without; the interval uses the variance of the +1/0/−1 coding on each side. */
    public static ScoreImpact nps(ScoreSample with, ScoreSample without) {
        Double npsWith = with.count() == 0 ? null : with.netPromoterScore();
        Double npsWithout = without.count() == 0 ? null : without.netPromoterScore();
        if (!enough(with, without)) {
            return new ScoreImpact(
                    SurveyKind.NPS,
                    with.count(),
                    without.count(),
                    round(npsWith, 1),
                    round(npsWithout, 1),
                    null,
                    null,
                    null);
        }
        double difference = with.netPromoterScore() - without.netPromoterScore();
        double margin = Z_975 * Math.sqrt(with.netPromoterScoreVariance() + without.netPromoterScoreVariance());
        return new ScoreImpact(
                SurveyKind.NPS,
                with.count(),
                without.count(),
                round(npsWith, 1),
                round(npsWithout, 1),
                round(difference, 1),
                round(difference - margin, 1),
                round(difference + margin, 1));
    }

    public boolean enoughData() {
        return difference != null;
    }

    /** What the interval says, for showing it in words. */
    public Effect effect() {
        return !enoughData()
                ? Effect.NOT_ENOUGH_DATA
                : hurts() ? Effect.HURTS : helps() ? Effect.HELPS : Effect.UNCLEAR;
    }

    /** Whether mentioning the theme goes with lower or higher scores beyond chance, or we cannot tell. */
    public enum Effect {
        HURTS,
        HELPS,
        UNCLEAR,
        NOT_ENOUGH_DATA
    }

    /** The whole interval is below zero: answers mentioning the theme score lower, beyond chance. */
    public boolean hurts() {
        return high != null && high < 0;
    }

    /** The whole interval is above zero. */
    public boolean helps() {
        return low != null && low > 0;
    }

    private static boolean enough(ScoreSample with, ScoreSample without) {
        return with.count() >= MIN_ANSWERS && without.count() >= MIN_ANSWERS;
    }

    private static @Nullable Double round(@Nullable Double value, int decimals) {
        return value == null
                ? null
                : BigDecimal.valueOf(value)
                        .setScale(decimals, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
