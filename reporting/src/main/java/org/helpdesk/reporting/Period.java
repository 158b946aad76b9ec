package org.helpdesk.reporting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.helpdesk.shared.InvalidInputException;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in the organisation's time zone: it starts at
 * local midnight of {@code from} and ends at local midnight after {@code to}, whatever daylight saving does in
 * between. Weeks start on Monday (ISO).
 */
public record Period(Type type, LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest custom period: ten years of days. */
    public static final int MAX_DAYS = 3660;

    public enum Type {
        DAY,
        WEEK,
        MONTH,
        QUARTER,
        CUSTOM;

        public static Optional<Type> parse(String value) {
            try {
                return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public Period {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "before_from", "the period must not end before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "out_of_range", "a period is at most " + MAX_DAYS + " days");
        }
    }

    /** The day, week, month or quarter that contains {@code day}. */
    public static Period containing(Type type, LocalDate day, ZoneId zone) {
        return switch (type) {
            case DAY -> new Period(type, day, day, zone);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(type, monday, monday.plusDays(6), zone);
            }
            case MONTH -> new Period(type, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), zone);
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(type, first, first.plusMonths(3).minusDays(1), zone);
            }
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs its own from and to");
        };
    }

    public static Period custom(LocalDate from, LocalDate to, ZoneId zone) {
        return new Period(Type.CUSTOM, from, to, zone);
    }

    /** Local midnight at the start of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Local midnight after {@code to}: the period is {@code [start, end)}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period before, to compare with: the previous day, week, month or quarter; for a custom period the same
     * number of days just before it.
     */
    public Period previous() {
        return switch (type) {
            case DAY, WEEK, MONTH, QUARTER -> containing(type, from.minusDays(1), zone);
            case CUSTOM -> new Period(type, from.minusDays(days()), from.minusDays(1), zone);
        };
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
