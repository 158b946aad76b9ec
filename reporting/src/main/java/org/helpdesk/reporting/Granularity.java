package org.helpdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The step of a trend: each point covers one local day, ISO week, month or quarter. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER;

    /** The most points a trend may have. */
    public static final int MAX_POINTS = 400;

    /** The first day of the step containing {@code day} (PostgreSQL's {@code date_trunc} agrees). */
    public LocalDate truncate(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
        };
    }

    public LocalDate next(LocalDate bucket) {
        return switch (this) {
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
            case QUARTER -> bucket.plusMonths(3);
        };
    }

    /** The starts of the steps that overlap the period; the first may begin before it (a week, say). */
    public List<LocalDate> buckets(Period period) {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = truncate(period.from()); !b.isAfter(period.to()); b = next(b)) {
            buckets.add(b);
        }
        return buckets;
    }

    /** The unit name {@code date_trunc} takes. */
    public String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A sensible default: days for up to a month, weeks for up to a quarter, then months. */
    public static Granularity defaultFor(Period period) {
        long days = period.days();
        return days <= 31 ? DAY : days <= 92 ? WEEK : MONTH;
    }

    public static Optional<Granularity> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
