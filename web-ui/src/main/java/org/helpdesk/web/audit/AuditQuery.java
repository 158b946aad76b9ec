package org.helpdesk.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.audit.AuditFilter;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The audit filters as typed into the page or the API. {@code from} and {@code to} take a date
 * ({@code 2025-03-01}, a whole day in the organisation's time zone, {@code to} included) or an exact
 * instant ({@code 2025-03-01T09:30:00Z}, {@code to} excluded).
 */
record AuditQuery(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String from,
        @Nullable String to) {

    /** The filter, or an {@link InvalidInputException} naming every field that is wrong. */
    AuditFilter toFilter(ZoneId zone) {
        List<FieldViolation> violations = new ArrayList<>();
        Instant start = instant("from", from, zone, false, violations);
        Instant end = instant("to", to, zone, true, violations);
        try {
            AuditFilter filter = new AuditFilter(actor, action, targetType, targetId, start, end);
            if (violations.isEmpty()) {
                return filter;
            }
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        throw new InvalidInputException(violations);
    }

    private static @Nullable Instant instant(
            String field, @Nullable String value, ZoneId zone, boolean endOfDay, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(
                    field, "invalid_date", "must be a date like 2025-03-01 or an instant like 2025-03-01T09:30:00Z"));
            return null;
        }
    }
}
