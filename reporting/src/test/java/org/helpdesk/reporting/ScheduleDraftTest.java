package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.helpdesk.reporting.internal.ScheduleDelivery;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a schedule must say before it is saved, and which period a run covers. */
class ScheduleDraftTest {

    private static ScheduleDraft draft(Period.Type period, List<String> recipients, String language) {
        return new ScheduleDraft(
                "Weekly quality",
                List.of(Kpi.NPS),
                period,
                null,
                null,
                ReportFilter.none(),
                Cadence.Frequency.WEEKLY,
                DayOfWeek.MONDAY,
                null,
                LocalTime.of(7, 30),
                recipients,
                Set.of(ReportExports.Format.PDF),
                language);
    }

    @Test
    void aCompleteDraftIsValidAndItsRecipientsAreCleanedUp() {
        ScheduleDraft d =
                draft(Period.Type.WEEK, List.of(" boss@example.org", "Boss@Example.org", "", "qa@example.org"), "RU");

        assertThat(d.violations()).isEmpty();
        assertThat(d.recipients()).containsExactly("boss@example.org", "qa@example.org");
        assertThat(d.language()).isEqualTo("ru");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ScheduleDraft d = new ScheduleDraft(
                " ",
                List.of(Kpi.NPS),
                Period.Type.CUSTOM,
                null,
                null,
                ReportFilter.none(),
                Cadence.Frequency.MONTHLY,
                null,
                32,
                null,
                List.of("not-an-address", "a@b"),
                Set.of(),
                "de");

        assertThat(d.violations())
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(
                        "name", "period", "dayOfMonth", "time", "recipients", "recipients", "format", "language");
        assertThatThrownBy(d::requireValid).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void atMostFiftyRecipients() {
        List<String> many = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "r" + i + "@example.org")
                .toList();

        assertThat(draft(Period.Type.WEEK, many, "en").violations())
                .extracting(FieldViolation::code)
                .containsExactly("too_many");
        assertThat(draft(Period.Type.WEEK, many.subList(0, 50), "en").violations())
                .isEmpty();
    }

    @Test
    void aRunCoversTheLastCompletePeriodInTheSchedulesZone() {
        ZoneId sofia = ZoneId.of("Europe/Sofia");
        ReportSchedule weekly = schedule(draft(Period.Type.WEEK, List.of("a@example.org"), "en"), sofia);
        ReportSchedule monthly = schedule(draft(Period.Type.MONTH, List.of("a@example.org"), "en"), sofia);
        // Monday 3 March 2025, 00:30 in Sofia (still Sunday in UTC)
        Instant monday = Instant.parse("2025-03-02T22:30:00Z");

        Period week = ScheduleDelivery.lastComplete(weekly, monday);
        Period month = ScheduleDelivery.lastComplete(monthly, monday);

        assertThat(week.from()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(week.to()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(month.from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    private static ReportSchedule schedule(ScheduleDraft d, ZoneId zone) {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        return new ReportSchedule(java.util.UUID.randomUUID(), "adam.admin", d, zone, now, now, now);
    }
}
