package org.helpdesk.fileimport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reading the values people put in import files: a mapped column's value, and dates in their many forms. */
public final class ImportValues {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"));
    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"));

    private ImportValues() {}

    /** The row's value in this column, stripped; null when the column is not mapped or the value is blank. */
    public static @Nullable String value(ImportRow row, @Nullable String column) {
        if (column == null) {
            return null;
        }
        String value = row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A date or date-time: ISO 8601 with an offset or {@code Z}, local forms ({@code 2024-03-01 14:05},
     * {@code 01.03.2024}, {@code 3/1/2024 2:05}) read in {@code zone}, a local date as its start of day, or Unix
     * seconds; null when it is none of these.
     */
    public static @Nullable Instant instant(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: try local forms in the organisation's zone
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // next
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        for (DateTimeFormatter format : LOCAL_DATES) {
            try {
                return LocalDate.parse(value, format).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        if (value.matches("\\d{9,10}")) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        return null;
    }

    /** A value quoted in a problem message: at most 40 characters. */
    public static String quote(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
