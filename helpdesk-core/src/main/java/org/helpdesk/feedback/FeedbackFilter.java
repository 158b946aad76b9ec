package org.helpdesk.feedback;

import org.jspecify.annotations.Nullable;

/** Which feedback items to list: by sentiment (negative, neutral, positive) and theme id; pages start at 0. */
public record FeedbackFilter(
        @Nullable String sentiment, @Nullable String theme, int page, int size) {

    public static final int MAX_SIZE = 100;

    public FeedbackFilter {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_SIZE));
        sentiment = sentiment == null || sentiment.isBlank()
                ? null
                : sentiment.strip().toLowerCase(java.util.Locale.ROOT);
        theme = theme == null || theme.isBlank() ? null : theme.strip();
    }
}
