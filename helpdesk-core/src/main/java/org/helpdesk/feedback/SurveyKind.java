package org.helpdesk.feedback;

import java.util.Optional;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.SurveyScale;

/**
 * The kinds of survey question and their score scales. Weak sentiment labels come from the analyzer's
 * {@link SurveyScale}: CSAT 1–2 negative, 3 neutral, 4–5 positive; NPS 0–6 detractor (negative), 7–8
 * passive (neutral), 9–10 promoter (positive); CES (1 = very hard, 7 = very easy) 1–3 negative, 4 neutral,
 * 5–7 positive.
 */
public enum SurveyKind {
    CSAT(1, 5, SurveyScale.CSAT),
    NPS(0, 10, SurveyScale.NPS),
    CES(1, 7, SurveyScale.CES);

    private final int min;
    private final int max;
    private final SurveyScale scale;

    SurveyKind(int min, int max, SurveyScale scale) {
        this.min = min;
        this.max = max;
        this.scale = scale;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    /** The sentiment a score alone suggests; empty when the score is off the scale. */
    public Optional<SentimentLabel> weakLabel(int score) {
        return accepts(score) ? scale.weakLabel(score) : Optional.empty();
    }

    public static Optional<SurveyKind> parse(String value) {
        for (SurveyKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
