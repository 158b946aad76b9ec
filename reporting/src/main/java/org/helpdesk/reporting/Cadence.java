package org.helpdesk.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a scheduled report goes out: weekly on a day of the week, or monthly on a day of the month (the last day in
 * shorter months: the 31st is 28 February), at a local time in {@code zone}. A time that daylight saving skips
 * (02:30 on the night clocks go forward) runs at the same offset after the gap (03:30); a time that happens twice
 * runs the first time.
 */
public record Cadence(
        Frequency frequency,
        @Nullable DayOfWeek dayOfWeek,
        @Nullable Integer dayOfMonth,
        LocalTime time,
        ZoneId zone) {

    public enum Frequency {
        WEEKLY,
        MONTHLY;

        public static Optional<Frequency> parse(String value) {
            try {
                return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public Cadence {
        if (frequency == Frequency.WEEKLY && dayOfWeek == null) {
            throw new IllegalArgumentException("a weekly cadence needs a day of the week");
        }
        if (frequency == Frequency.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("a monthly cadence needs a day of the month 1..31");
        }
    }

    /** The first run strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate today = after.atZone(zone).toLocalDate();
        if (frequency == Frequency.WEEKLY) {
            LocalDate day = today.with(TemporalAdjusters.nextOrSame(dayOfWeek));
            Instant run = at(day);
            return run.isAfter(after) ? run : at(day.plusWeeks(1));
        }
        YearMonth month = YearMonth.from(today);
        Instant run = at(dayIn(month));
        return run.isAfter(after) ? run : at(dayIn(month.plusMonths(1)));
    }

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }

    private Instant at(LocalDate day) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
