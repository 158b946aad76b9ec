package org.helpdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpdesk.sla.BusinessCalendarTest.OFFICE;
import static org.helpdesk.sla.BusinessCalendarTest.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deadlines of a normal-priority complaint in the Sofia office: first answer in 4 business hours, resolution in 24. */
class SlaPolicyTest {

    private static final SlaPolicy NORMAL = new SlaPolicy(
            UUID.randomUUID(), "Normal", "NORMAL", null, OFFICE, Duration.ofHours(4), Duration.ofHours(24));
    // Wednesday 4 March, 10:00 Sofia.
    private static final Instant OPENED = utc("2026-03-04T08:00:00Z");

    @Test
    void deadlinesWithoutPausesAreTheTargetsInBusinessTime() {
        assertThat(NORMAL.firstResponseDue(OPENED, List.of())).isEqualTo(utc("2026-03-04T12:00:00Z"));
        // 8 h Wednesday, 9 h Thursday, 7 h Friday → Friday 16:00 Sofia.
        assertThat(NORMAL.resolutionDue(OPENED, List.of())).isEqualTo(utc("2026-03-06T14:00:00Z"));
    }

    @Test
    void waitingOnTheCustomerPushesTheDeadlineOutByTheBusinessTimeItTook() {
        // Pending from Wednesday 11:00 to Thursday 11:00 Sofia: 9 business hours stood still.
        PausedSpan pending = new PausedSpan(utc("2026-03-04T09:00:00Z"), utc("2026-03-05T09:00:00Z"));

        assertThat(NORMAL.firstResponseDue(OPENED, List.of(pending))).isEqualTo(utc("2026-03-05T12:00:00Z"));
        // Friday 16:00 + 9 business hours → Monday 16:00 Sofia.
        assertThat(NORMAL.resolutionDue(OPENED, List.of(pending))).isEqualTo(utc("2026-03-09T14:00:00Z"));
    }

    @Test
    void pauseOverTheWeekendCostsNoBusinessTime() {
        // Pending from Friday 18:00 to Monday 09:00 Sofia: nothing to add.
        PausedSpan weekend = new PausedSpan(utc("2026-03-06T16:00:00Z"), utc("2026-03-09T07:00:00Z"));

        assertThat(NORMAL.resolutionDue(OPENED, List.of(weekend))).isEqualTo(utc("2026-03-06T14:00:00Z"));
    }

    @Test
    void pauseThatBeganAfterTheDeadlineDoesNotHideTheBreach() {
        PausedSpan late = new PausedSpan(utc("2026-03-04T13:00:00Z"), utc("2026-03-05T13:00:00Z"));

        assertThat(NORMAL.firstResponseDue(OPENED, List.of(late))).isEqualTo(utc("2026-03-04T12:00:00Z"));
    }

    @Test
    void severalPausesAddUp() {
        PausedSpan first = new PausedSpan(utc("2026-03-04T09:00:00Z"), utc("2026-03-04T10:00:00Z"));
        PausedSpan second = new PausedSpan(utc("2026-03-04T11:00:00Z"), utc("2026-03-04T12:00:00Z"));

        assertThat(NORMAL.firstResponseDue(OPENED, List.of(second, first))).isEqualTo(utc("2026-03-04T14:00:00Z"));
    }
}
