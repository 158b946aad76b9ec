package org.helpdesk.analysis;

import java.util.Optional;

/**
 * Survey scales whose scores give weak sentiment labels for training: detractors, passives and
 * promoters of NPS, and the low, middle and high answers of CSAT and CES.
 */
public enum SurveyScale {
    /** Net Promoter Score, 0–10: 0–6 negative, 7–8 neutral, 9–10 positive. */
    NPS(0, 10, 6, 8),
    /** Customer satisfaction, 1–5: 1–2 negative, 3 neutral, 4–5 positive. */
    CSAT(1, 5, 2, 3),
    /** Customer effort, 1–7 where 7 is "very easy": 1–3 negative, 4 neutral, 5–7 positive. */
    CES(1, 7, 3, 4);

    private final int min;
    private final int max;
    private final int highestNegative;
    private final int highestNeutral;

    SurveyScale(int min, int max, int highestNegative, int highestNeutral) {
        this.min = min;
        this.max = max;
        this.highestNegative = highestNegative;
        this.highestNeutral = highestNeutral;
    }

    /** The weak label for a score; empty when the score is outside the scale. */
    public Optional<SentimentLabel> weakLabel(double score) {
        if (Double.isNaN(score) || score < min || score > max) {
            return Optional.empty();
        }
        if (score <= highestNegative) {
            return Optional.of(SentimentLabel.NEGATIVE);
        }
        return Optional.of(score <= highestNeutral ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE);
    }
}
