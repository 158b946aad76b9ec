package org.helpdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the desk works: weekly opening hours in a time zone, minus holidays. SLA clocks only run inside
 * business time, so due times are computed here. Daylight-saving changes are handled by the zone:
 * "09:00 to 18:00" is nine real hours on every working day, and an around-the-clock day has 23 or 25.
 */
public record BusinessCalendar(
        CalendarId id, String name, ZoneId zone, List<OpeningHours> hours, List<Holiday> holidays) {

    /** How far ahead we look for business time before concluding a calendar has none. */
    private static final int MAX_DAYS = 3 * 366;

    public BusinessCalendar {
        hours = hours.stream()
                .sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opensMinute))
                .toList();
        holidays = List.copyOf(holidays);
    }

    /** The instant at which {@code amount} of business time has passed since {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        Set<LocalDate> closed = closedDays();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (Stretch stretch : stretches(day)) {
                Instant from = stretch.from().isBefore(start) ? start : stretch.from();
                if (!from.isBefore(stretch.to())) {
                    continue;
                }
                Duration available = Duration.between(from, stretch.to());
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("calendar " + name + " has no business time in the next " + MAX_DAYS + " days");
    }

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        Set<LocalDate> closed = closedDays();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (Stretch stretch : stretches(day)) {
                Instant a = stretch.from().isBefore(from) ? from : stretch.from();
                Instant b = stretch.to().isAfter(to) ? to : stretch.to();
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    private Set<LocalDate> closedDays() {
        return holidays.stream().map(Holiday::day).collect(Collectors.toSet());
    }

    private List<Stretch> stretches(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        List<Stretch> stretches = new ArrayList<>();
        for (OpeningHours h : hours) {
            if (h.day() == weekday) {
                stretches.add(new Stretch(at(day, h.opensMinute()), at(day, h.closesMinute())));
            }
        }
        return stretches;
    }

    private Instant at(LocalDate day, int minute) {
        if (minute == 1440) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return day.atTime(LocalTime.of(minute / 60, minute % 60)).atZone(zone).toInstant();
    }

    private record Stretch(Instant from, Instant to) {}
}
