package org.helpdesk.analysis;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A labelled feedback text for training: a sentiment label, a theme, or both.
 *
 * @param text the feedback as the customer wrote it
 * @param sentiment its sentiment, or {@code null} when only the theme is known
 * @param theme its theme id (e.g. a complaint reason), or {@code null}
 */
public record TrainingExample(
        String text,
        @Nullable SentimentLabel sentiment,
        @Nullable String theme) {

    public static TrainingExample sentiment(String text, SentimentLabel label) {
        return new TrainingExample(text, label, null);
    }

    public static TrainingExample theme(String text, String theme) {
        return new TrainingExample(text, null, theme);
    }

    /**
     * An example labelled by the customer's own survey score (NPS, CSAT, CES); empty when the score
     * is outside the scale.
     */
    public static Optional<TrainingExample> fromSurvey(String text, SurveyScale scale, double score) {
        return scale.weakLabel(score).map(label -> sentiment(text, label));
    }
}
