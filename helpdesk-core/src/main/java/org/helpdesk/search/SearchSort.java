package org.helpdesk.search;

import java.util.Arrays;
import java.util.Locale;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The order of search results. Every order ends with the ticket number, so paging never skips or repeats. */
public enum SearchSort {
    RELEVANCE,
    NEWEST,
    OLDEST;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code relevance}, {@code newest} or {@code oldest}; blank means the default for the query. */
    public static @Nullable SearchSort parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(s -> s.param().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(
                        () -> InvalidInputException.of("sort", "invalid_value", "must be relevance, newest or oldest"));
    }

    /** The order actually used: relevance needs words to score by; without them, the newest come first. */
    static SearchSort effective(@Nullable SearchSort requested, String query) {
        if (requested == null || requested == RELEVANCE) {
            return query.isBlank() ? NEWEST : RELEVANCE;
        }
        return requested;
    }
}
