package org.helpdesk.web.ticket;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Times typed in a form's {@code datetime-local} field, in the reader's time zone. */
final class LocalTimes {

    private LocalTimes() {}

    /** The instant {@code value} ({@code 2025-03-05T10:15}) means in {@code zone}; null when blank. */
    static @Nullable Instant parse(String field, @Nullable String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "invalid_time", "must be a date and time such as 2025-03-05T10:15");
        }
    }
}
