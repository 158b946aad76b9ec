package org.helpdesk.feedback;

/**
 * What the drivers need to know about a group of survey answers of one kind, summed in SQL so that no answer has to
 * leave the database: how many, the sum and the sum of squares of the scores, and (for NPS) promoters (9–10) and
 * detractors (0–6).
 */
public record ScoreSample(long count, double sum, double sumOfSquares, long promoters, long detractors) {

    public static final ScoreSample EMPTY = new ScoreSample(0, 0, 0, 0, 0);

    public ScoreSample {
        if (count < 0 || promoters < 0 || detractors < 0 || promoters + detractors > count) {
            throw new IllegalArgumentException("counts must be consistent");
        }
    }

    /** A sample of the given scores, for tests and small in-memory groups. */
    public static ScoreSample of(SurveyKind kind, int... scores) {
        double sum = 0;
        double squares = 0;
        long promoters = 0;
        long detractors = 0;
        for (int score : scores) {
            sum += score;
            squares += (double) score * score;
            promoters += kind == SurveyKind.NPS && score >= 9 ? 1 : 0;
            detractors += kind == SurveyKind.NPS && score <= 6 ? 1 : 0;
        }
        return new ScoreSample(scores.length, sum, squares, promoters, detractors);
    }

    /** The answers of this sample that are not in {@code part} (a subset of it): "without the theme". */
    public ScoreSample minus(ScoreSample part) {
        return new ScoreSample(
                count - part.count,
                sum - part.sum,
                sumOfSquares - part.sumOfSquares,
                promoters - part.promoters,
                detractors - part.detractors);
    }

    public double mean() {
        return sum / count;
    }

    /** The sample variance (divided by n − 1); 0 for a single answer. */
    public double variance() {
        if (count < 2) {
            return 0;
        }
        // Clamped: rounding can leave a tiny negative number when all scores are equal.
        return Math.max(0, (sumOfSquares - sum * sum / count) / (count - 1));
    }

    /** NPS: (promoters − detractors) × 100 ÷ answers, as in docs/kpi.md. */
    public double netPromoterScore() {
        return 100.0 * (promoters - detractors) / count;
    }

    /**
     * The variance of the NPS itself: each answer coded +1 (promoter), 0 (passive), −1 (detractor) has variance
     * {@code (p + d) − (p − d)²} for the shares p and d; the NPS is 100 × the mean code.
     */
    public double netPromoterScoreVariance() {
        double p = (double) promoters / count;
        double d = (double) detractors / count;
        return 100.0 * 100.0 * ((p + d) - (p - d) * (p - d)) / count;
    }
}
