package org.helpdesk.feedback;

import java.util.List;

/**
 * How many labelled comments of one language there are per sentiment label (a quality manager's correction, else
 * the label the survey score gives).
 *
 * @param language {@code ru}, {@code bg} or {@code en}
 */
public record LabelCounts(String language, int negative, int neutral, int positive) {

    public int total() {
        return negative + neutral + positive;
    }

    /** How many of the three labels occur at all: a classifier needs at least two. */
    public int labels() {
        return (int)
                List.of(negative, neutral, positive).stream().filter(n -> n > 0).count();
    }

    /** Enough to train and cross-validate a model of this language. */
    public boolean trainable() {
        return total() >= SentimentModels.MIN_EXAMPLES && labels() >= 2;
    }

    LabelCounts plus(LabelCounts other) {
        return new LabelCounts(language, negative + other.negative, neutral + other.neutral, positive + other.positive);
    }

    LabelCounts plus(String label, int count) {
        return switch (label) {
            case "negative" -> new LabelCounts(language, negative + count, neutral, positive);
            case "neutral" -> new LabelCounts(language, negative, neutral + count, positive);
            case "positive" -> new LabelCounts(language, negative, neutral, positive + count);
            default -> this;
        };
    }
}
