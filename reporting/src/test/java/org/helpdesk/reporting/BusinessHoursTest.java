package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.helpdesk.sla.BusinessCalendar;
import org.helpdesk.sla.CalendarId;
import org.helpdesk.sla.Holiday;
import org.helpdesk.sla.OpeningHours;
import org.junit.jupiter.api.Test;

/** Business-hours durations, computed in SQL, agree with the SLA feature's calendar arithmetic. */
class BusinessHoursTest extends ReportTestSupport {

    @Test
    void businessHoursSkipNightsWeekendsAndPendingTime() {
        UUID office = desk.officeHoursPolicy("Europe/Sofia", 9 * 60, 18 * 60);
        // Friday 17:00 → Monday 10:00 (Sofia, UTC+2): 1 h on Friday, 1 h on Monday.
        desk.ticket("2025-03-07T15:00:00Z")
                .policy(office)
                .firstResponse("2025-03-10T08:00:00Z")
                .save();
        // Monday 09:00, pending Monday 12:00 → Tuesday 12:00, resolved Tuesday 15:00.
        desk.ticket("2025-03-17T07:00:00Z")
                .policy(office)
                .firstResponse("2025-03-17T08:00:00Z")
                .pendingSeconds(24 * 3600)
                .pause("PENDING", "2025-03-17T10:00:00Z", "2025-03-18T10:00:00Z")
                .pause("RESOLVED", "2025-03-18T13:00:00Z", null)
                .resolved("2025-03-18T13:00:00Z")
                .save();
        // Friday 17:00 EET → Monday 10:00 EEST, across the change to summer time.
        desk.ticket("2025-03-28T15:00:00Z")
                .policy(office)
                .firstResponse("2025-03-31T07:00:00Z")
                .resolved("2025-03-31T07:00:00Z")
                .save();

        Report report = march();

        Figure firstBusiness = result(report, Kpi.FIRST_RESPONSE_TIME_BUSINESS).current();
        assertThat(firstBusiness.base()).isEqualTo(3);
        assertThat(firstBusiness.value()).isEqualByComparingTo("2.00"); // 2, 1, 2
        assertThat(result(report, Kpi.FIRST_RESPONSE_TIME).current().value())
                .isEqualByComparingTo("64.00"); // 65, 1, 64
        // Resolution: 15 business hours − 9 pending (Mon 12–18, Tue 9–12) = 6; Friday → Monday = 2.
        Figure resolutionBusiness = result(report, Kpi.RESOLUTION_TIME_BUSINESS).current();
        assertThat(resolutionBusiness.mean()).isEqualByComparingTo("4.00");
        assertThat(resolutionBusiness.p90()).isEqualByComparingTo("5.60");
        // Calendar: 30 h − 24 h pending = 6; 64 h.
        assertThat(result(report, Kpi.RESOLUTION_TIME).current().mean()).isEqualByComparingTo("35.00");
    }

    @Test
    void precomputedDurationsGiveTheSameFiguresAndAreIgnoredOnceStale() {
        UUID office = desk.officeHoursPolicy("Europe/Sofia", 9 * 60, 18 * 60);
        long friday = desk.ticket("2025-03-07T15:00:00Z")
                .policy(office)
                .firstResponse("2025-03-10T08:00:00Z")
                .resolved("2025-03-10T09:00:00Z")
                .save();
        desk.ticket("2025-03-17T07:00:00Z")
                .policy(office)
                .firstResponse("2025-03-17T08:00:00Z")
                .pendingSeconds(24 * 3600)
                .pause("PENDING", "2025-03-17T10:00:00Z", "2025-03-18T10:00:00Z")
                .resolved("2025-03-18T13:00:00Z")
                .save();
        Report computedOnTheSpot = march();
        org.helpdesk.reporting.internal.TicketTimes times =
                new org.helpdesk.reporting.internal.TicketTimes(desk.jdbc(), clock);

        assertThat(times.refresh(1)).isEqualTo(2);
        assertThat(times.refresh(1)).isZero();
        assertThat(result(computedOnTheSpot, Kpi.RESOLUTION_TIME_BUSINESS)
                        .current()
                        .mean())
                .isEqualByComparingTo("4.50");
        assertThat(march().kpis()).isEqualTo(computedOnTheSpot.kpis());

        // The Friday ticket is reopened and resolved again on Monday at 18:00: its row is stale until refreshed.
        desk.jdbc().sql("""
                        update ticket set resolved_at = '2025-03-10T16:00:00Z', version = version + 1,
                                          updated_at = '2025-04-15T12:00:00Z' where number = ?""").param(friday).update();
        Figure changed = result(march(), Kpi.RESOLUTION_TIME_BUSINESS).current();
        assertThat(changed.mean()).isEqualByComparingTo("8.00"); // (1 + 9) and 6, not the stale 3 and 6
        assertThat(times.refresh(100)).isEqualTo(1);
        assertThat(result(march(), Kpi.RESOLUTION_TIME_BUSINESS).current()).isEqualTo(changed);
    }

    @Test
    void reportsReadThePrecomputedRowsOfTheirPeriodByTheInstantsTheyWereComputedWith() {
        UUID office = desk.officeHoursPolicy("Europe/Sofia", 9 * 60, 18 * 60);
        long friday = desk.ticket("2025-03-07T15:00:00Z")
                .policy(office)
                .firstResponse("2025-03-10T08:00:00Z")
                .resolved("2025-03-10T09:00:00Z")
                .save();
        desk.ticket("2025-03-17T07:00:00Z")
                .policy(office)
                .firstResponse("2025-03-17T08:00:00Z")
                .resolved("2025-03-17T09:00:00Z")
                .save();
        new org.helpdesk.reporting.internal.TicketTimes(desk.jdbc(), clock).refresh(10);
        assertThat(desk.jdbc()
                        .sql(
                                "select count(*) from report_ticket_time rt join ticket t on t.id = rt.ticket_id"
                                        + " where rt.first_response_at = t.first_response_at and rt.resolved_at = t.resolved_at")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(result(march(), Kpi.RESOLUTION_TIME_BUSINESS).current().mean())
                .isEqualByComparingTo("2.50"); // 3 and 2

        // A fresh row is what the report reads: marked as 10 business hours, the Friday ticket counts 10.
        String byNumber = "(select id from ticket where number = ?)";
        desk.jdbc()
                .sql("update report_ticket_time set resolution_business_seconds = 36000 where ticket_id = " + byNumber)
                .param(friday)
                .update();
        assertThat(result(march(), Kpi.RESOLUTION_TIME_BUSINESS).current().mean())
                .isEqualByComparingTo("6.00");
        // A row computed with other instants than the ticket's is not read; the duration is computed on the spot.
        desk.jdbc()
                .sql("update report_ticket_time set resolved_at = '2025-05-01T00:00:00Z' where ticket_id = " + byNumber)
                .param(friday)
                .update();
        assertThat(result(march(), Kpi.RESOLUTION_TIME_BUSINESS).current().mean())
                .isEqualByComparingTo("2.50");
    }

    @Test
    void sqlBusinessTimeEqualsTheSlaCalendarAcrossDaylightSavingAndHolidays() {
        UUID policy = desk.officeHoursPolicy("Europe/Sofia", 9 * 60, 12 * 60);
        UUID calendar = desk.calendarOf(policy);
        desk.jdbc()
                .sql("insert into business_hours values (?, 1, 780, 1080), (?, 6, 0, 1440), (?, 7, 0, 1440)")
                .params(calendar, calendar, calendar)
                .update();
        desk.jdbc()
                .sql("insert into holiday values (?, '2025-03-03', 'Liberation Day'), (?, '2025-10-27', 'Test')")
                .params(calendar, calendar)
                .update();
        List<OpeningHours> hours = new java.util.ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpeningHours(day, 9 * 60, 12 * 60));
        }
        hours.add(new OpeningHours(DayOfWeek.MONDAY, 780, 1080));
        hours.add(new OpeningHours(DayOfWeek.SATURDAY, 0, 1440));
        hours.add(new OpeningHours(DayOfWeek.SUNDAY, 0, 1440));
        BusinessCalendar java = new BusinessCalendar(
                new CalendarId(calendar),
                "test",
                SOFIA,
                hours,
                List.of(
                        new Holiday(LocalDate.of(2025, 3, 3), "Liberation Day"),
                        new Holiday(LocalDate.of(2025, 10, 27), "Test")));
        Random random = new Random(7);
        // Around both changes of 2025 (30 March, 26 October) and a holiday.
        for (Instant base : List.of(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-10-20T00:00:00Z"))) {
            for (int i = 0; i < 150; i++) {
                Instant from = base.plusSeconds(random.nextInt(20 * 24 * 3600));
                Instant to = from.plusSeconds(random.nextInt(9 * 24 * 3600));
                BigDecimal sql = desk.jdbc()
                        .sql("select report_business_seconds(?, ?, ?)")
                        .params(calendar, Timestamp.from(from), Timestamp.from(to))
                        .query(BigDecimal.class)
                        .single();
                Duration expected = java.between(from, to);
                assertThat(sql.longValueExact()).as("%s → %s", from, to).isEqualTo(expected.toSeconds());
            }
        }
    }

    @Test
    void aroundTheClockDaysHave23And25HoursOnTheChangeDays() {
        UUID calendar = desk.calendarOf(desk.officeHoursPolicy("Europe/Sofia", 0, 1440));
        desk.jdbc()
                .sql("insert into business_hours values (?, 6, 0, 1440), (?, 7, 0, 1440)")
                .params(calendar, calendar)
                .update();

        assertThat(seconds(calendar, "2025-03-29T22:00:00Z", "2025-03-30T21:00:00Z"))
                .isEqualTo(23 * 3600);
        assertThat(seconds(calendar, "2025-10-25T21:00:00Z", "2025-10-26T22:00:00Z"))
                .isEqualTo(25 * 3600);
    }

    private long seconds(UUID calendar, String from, String to) {
        return desk.jdbc()
                .sql("select report_business_seconds(?, ?, ?)")
                .params(calendar, Timestamp.from(Instant.parse(from)), Timestamp.from(Instant.parse(to)))
                .query(BigDecimal.class)
                .single()
                .longValueExact();
    }
}
