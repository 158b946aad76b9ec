package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a scheduled report runs next: local times across daylight saving, short months and time zones. */
class CadenceTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private static Cadence weekly(DayOfWeek day, String time, ZoneId zone) {
        return new Cadence(Cadence.Frequency.WEEKLY, day, null, LocalTime.parse(time), zone);
    }

    private static Cadence monthly(int day, String time, ZoneId zone) {
        return new Cadence(Cadence.Frequency.MONTHLY, null, day, LocalTime.parse(time), zone);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void weeklyRunsOnTheNextSuchDayAtTheLocalTime() {
        Cadence mondays = weekly(DayOfWeek.MONDAY, "07:30", SOFIA);

        assertThat(mondays.nextAfter(at("2025-03-12T10:00:00Z"))).isEqualTo(at("2025-03-17T05:30:00Z")); // UTC+2
        assertThat(mondays.nextAfter(at("2025-03-17T05:00:00Z"))).isEqualTo(at("2025-03-17T05:30:00Z"));
        // a run at its own time is past: the next is a week later
        assertThat(mondays.nextAfter(at("2025-03-17T05:30:00Z"))).isEqualTo(at("2025-03-24T05:30:00Z"));
    }

    @Test
    void theLocalTimeStaysWhenDaylightSavingStartsAndEnds() {
        Cadence mondays = weekly(DayOfWeek.MONDAY, "07:30", SOFIA);

        // clocks go forward on 30 March: 07:30 is now UTC+3
        assertThat(mondays.nextAfter(at("2025-03-24T05:30:00Z"))).isEqualTo(at("2025-03-31T04:30:00Z"));
        // and back on 26 October
        assertThat(mondays.nextAfter(at("2025-10-20T04:30:00Z"))).isEqualTo(at("2025-10-27T05:30:00Z"));
    }

    @Test
    void aTimeDaylightSavingSkipsRunsAfterTheGapAndATwiceHappeningTimeRunsOnce() {
        Cadence sundays = weekly(DayOfWeek.SUNDAY, "03:30", SOFIA);

        // 30 March 2025: 03:00 → 04:00, so 03:30 does not exist; it runs at 04:30 EEST
        assertThat(sundays.nextAfter(at("2025-03-29T00:00:00Z"))).isEqualTo(at("2025-03-30T01:30:00Z"));
        // 26 October 2025: 04:00 → 03:00, so 03:30 happens twice; it runs the first time (EEST) only
        Instant first = sundays.nextAfter(at("2025-10-25T00:00:00Z"));
        assertThat(first).isEqualTo(at("2025-10-26T00:30:00Z"));
        assertThat(sundays.nextAfter(first)).isEqualTo(at("2025-11-02T01:30:00Z"));
    }

    @Test
    void monthlyOnADayTheMonthLacksRunsOnItsLastDay() {
        Cadence lastDays = monthly(31, "06:00", SOFIA);

        Instant february = lastDays.nextAfter(at("2025-02-01T00:00:00Z"));
        assertThat(february).isEqualTo(at("2025-02-28T04:00:00Z"));
        assertThat(lastDays.nextAfter(february)).isEqualTo(at("2025-03-31T03:00:00Z")); // EEST since 30 March
        assertThat(lastDays.nextAfter(at("2024-02-10T00:00:00Z"))).isEqualTo(at("2024-02-29T04:00:00Z")); // leap year
        assertThat(lastDays.nextAfter(at("2025-04-30T03:00:00Z"))).isEqualTo(at("2025-05-31T03:00:00Z"));
    }

    @Test
    void monthlyAfterThisMonthsRunWaitsForTheNextMonth() {
        Cadence fifteenth = monthly(15, "09:00", SOFIA);

        assertThat(fifteenth.nextAfter(at("2025-01-15T06:59:00Z"))).isEqualTo(at("2025-01-15T07:00:00Z"));
        assertThat(fifteenth.nextAfter(at("2025-01-15T07:00:00Z"))).isEqualTo(at("2025-02-15T07:00:00Z"));
        assertThat(fifteenth.nextAfter(at("2025-12-20T00:00:00Z"))).isEqualTo(at("2026-01-15T07:00:00Z"));
    }

    @Test
    void theSameMomentIsADifferentDayInAnotherTimeZone() {
        Instant now = at("2025-02-28T20:00:00Z"); // 15:00 on 28 February in New York, 05:00 on 1 March in Tokyo

        assertThat(monthly(1, "00:30", ZoneId.of("America/New_York")).nextAfter(now))
                .isEqualTo(at("2025-03-01T05:30:00Z"));
        assertThat(monthly(1, "00:30", ZoneId.of("Asia/Tokyo")).nextAfter(now)).isEqualTo(at("2025-03-31T15:30:00Z"));
    }
}
