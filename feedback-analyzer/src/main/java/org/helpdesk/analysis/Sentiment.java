package org.helpdesk.analysis;

import java.util.List;

/**
 * The sentiment of a text or of a clause.
 *
 * @param label the most likely label
 * @param score polarity in [-1, 1]: probability of positive minus probability of negative
 * @param confidence calibrated probability of {@code label}, in [0, 1]
 * @param explanation the phrases that pushed the text towards {@code label}, strongest first
 */
public record Sentiment(SentimentLabel label, double score, double confidence, List<SentimentCue> explanation) {

    public Sentiment {
        explanation = List.copyOf(explanation);
    }

    /** The sentiment of a text with nothing to judge (empty, only links or numbers). */
    public static Sentiment unknown() {
        return new Sentiment(SentimentLabel.NEUTRAL, 0.0, 0.0, List.of());
    }
}
