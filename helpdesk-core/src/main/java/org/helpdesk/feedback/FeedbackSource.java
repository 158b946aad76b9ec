package org.helpdesk.feedback;

import java.util.Optional;

/** Where a feedback item came from. */
public enum FeedbackSource {
    SURVEY,
    IMPORT,
    API,
    TICKET_MESSAGE;

    public static Optional<FeedbackSource> parse(String value) {
        for (FeedbackSource source : values()) {
            if (source.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
