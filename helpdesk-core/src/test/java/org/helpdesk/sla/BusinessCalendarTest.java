package org.helpdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Due times in business hours. The Sofia office works Monday to Friday, 09:00–18:00 local time; 3 March is a
 * public holiday. Times in the tests are written in UTC; Sofia is UTC+2 in winter and UTC+3 in summer.
 */
class BusinessCalendarTest {

    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    static final BusinessCalendar OFFICE = office(List.of(new Holiday(LocalDate.of(2026, 3, 3), "Liberation Day")));

    static BusinessCalendar office(List<Holiday> holidays) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(day, 9 * 60, 18 * 60));
        }
        return new BusinessCalendar(new CalendarId(UUID.randomUUID()), "Sofia office", SOFIA, hours, holidays);
    }

    @Test
    void targetWithinTheSameDayEndsTheSameDay() {
        // Wednesday 4 March 10:00 Sofia (08:00 UTC) + 4 business hours = 14:00 Sofia.
        assertThat(OFFICE.plus(utc("2026-03-04T08:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(utc("2026-03-04T12:00:00Z"));
    }

    @Test
    void targetRunsOverIntoTheNextWorkingMorning() {
        // Wednesday 16:00 Sofia + 4 h: 2 h today, 2 h from Thursday 09:00 → Thursday 11:00 Sofia.
        assertThat(OFFICE.plus(utc("2026-03-04T14:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(utc("2026-03-05T09:00:00Z"));
    }

    @Test
    void ticketOpenedOnTheWeekendStartsCountingOnMonday() {
        // Saturday 7 March, any time; 24 business hours = Monday, Tuesday (9 h each) + 6 h Wednesday → 15:00 Sofia.
        assertThat(OFFICE.plus(utc("2026-03-07T12:00:00Z"), Duration.ofHours(24)))
                .isEqualTo(utc("2026-03-11T13:00:00Z"));
    }

    @Test
    void fridayEveningTargetSkipsTheWeekend() {
        // Friday 6 March 17:00 Sofia + 2 h: 1 h Friday, 1 h Monday → Monday 10:00 Sofia.
        assertThat(OFFICE.plus(utc("2026-03-06T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(utc("2026-03-09T08:00:00Z"));
    }

    @Test
    void holidayIsSkippedLikeASunday() {
        // Monday 2 March 17:00 Sofia + 2 h: 1 h Monday, Tuesday 3 March is a holiday, 1 h Wednesday → 10:00.
        assertThat(OFFICE.plus(utc("2026-03-02T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(utc("2026-03-04T08:00:00Z"));
        BusinessCalendar withoutHoliday = office(List.of());
        assertThat(withoutHoliday.plus(utc("2026-03-02T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(utc("2026-03-03T08:00:00Z"));
    }

    @Test
    void openingHoursFollowTheLocalClockAcrossDaylightSaving() {
        // Friday 27 March 2026 17:00 Sofia (UTC+2) + 2 h; clocks go forward on Sunday 29 March, so Monday 30 March
        // 10:00 Sofia is 07:00 UTC (UTC+3).
        assertThat(OFFICE.plus(utc("2026-03-27T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(utc("2026-03-30T07:00:00Z"));
    }

    @Test
    void aroundTheClockDayOfTheSpringChangeHasTwentyThreeHours() {
        BusinessCalendar always = new BusinessCalendar(
                new CalendarId(UUID.randomUUID()),
                "Always",
                SOFIA,
                List.of(DayOfWeek.values()).stream()
                        .map(d -> new OpeningHours(d, 0, 1440))
                        .toList(),
                List.of());
        Instant sundayMidnight = utc("2026-03-28T22:00:00Z"); // 00:00 Sofia on 29 March
        assertThat(always.between(sundayMidnight, utc("2026-03-29T21:00:00Z"))).isEqualTo(Duration.ofHours(23));
        assertThat(always.plus(sundayMidnight, Duration.ofHours(24))).isEqualTo(utc("2026-03-29T22:00:00Z"));
    }

    @Test
    void businessTimeBetweenTwoMomentsLeavesOutNightsWeekendsAndHolidays() {
        // Monday 2 March 17:00 Sofia to Wednesday 4 March 10:00 Sofia: 1 h + holiday + 1 h.
        assertThat(OFFICE.between(utc("2026-03-02T15:00:00Z"), utc("2026-03-04T08:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.between(utc("2026-03-04T08:00:00Z"), utc("2026-03-02T15:00:00Z")))
                .isZero();
    }

    static Instant utc(String text) {
        return Instant.parse(text);
    }
}
