package org.helpdesk.analysis;

import java.util.Locale;
import java.util.Optional;

/** The three-way sentiment of a text. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The lower-case name used in files and JSON ({@code "negative"}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a label as written in data sets: {@code negative/neutral/positive}, {@code neg/neu/pos},
     * {@code -1/0/1}. Anything else (e.g. {@code mixed}) is empty.
     */
    public static Optional<SentimentLabel> parse(String value) {
        return Optional.ofNullable(
                switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "negative", "neg", "-1", "bad" -> NEGATIVE;
                    case "neutral", "neu", "0" -> NEUTRAL;
                    case "positive", "pos", "1", "+1", "good" -> POSITIVE;
                    default -> null;
                });
    }
}
