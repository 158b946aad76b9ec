package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.helpdesk.ticket.TicketStatus.CLOSED;
import static org.helpdesk.ticket.TicketStatus.NEW;
import static org.helpdesk.ticket.TicketStatus.OPEN;
import static org.helpdesk.ticket.TicketStatus.PENDING;
import static org.helpdesk.ticket.TicketStatus.RESOLVED;
import static org.helpdesk.ticket.internal.TicketFixture.MONDAY_10AM;
import static org.helpdesk.ticket.internal.TicketFixture.REOPEN_WINDOW;
import static org.helpdesk.ticket.internal.TicketFixture.mariasComplaint;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.PendingReason;
import org.helpdesk.ticket.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status transition, allowed and refused, on Maria's complaint. */
class TicketWorkflowTest {

    private static final Instant LATER = MONDAY_10AM.plus(Duration.ofHours(2));

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(NEW, OPEN),
                Arguments.of(NEW, PENDING),
                Arguments.of(NEW, RESOLVED),
                Arguments.of(OPEN, PENDING),
                Arguments.of(OPEN, RESOLVED),
                Arguments.of(PENDING, OPEN),
                Arguments.of(PENDING, RESOLVED),
                Arguments.of(RESOLVED, OPEN),
                Arguments.of(RESOLVED, CLOSED),
                Arguments.of(CLOSED, OPEN));
    }

    static Stream<Arguments> refused() {
        Set<String> allowed = Set.of(
                "NEW>OPEN",
                "NEW>PENDING",
                "NEW>RESOLVED",
                "OPEN>PENDING",
                "OPEN>RESOLVED",
                "PENDING>OPEN",
                "PENDING>RESOLVED",
                "RESOLVED>OPEN",
                "RESOLVED>CLOSED",
                "CLOSED>OPEN");
        return EnumSet.allOf(TicketStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(TicketStatus.class).stream().map(to -> Arguments.of(from, to)))
                .filter(a -> !allowed.contains(a.get()[0] + ">" + a.get()[1]));
    }

    @ParameterizedTest(name = "{0} → {1} is allowed")
    @MethodSource("allowed")
    void allowedTransitionMovesTheTicketAndIsRecorded(TicketStatus from, TicketStatus to) {
        TicketState ticket = mariasComplaint(from);

        ticket.moveTo(to, PendingReason.WAITING_ON_CUSTOMER, LATER, REOPEN_WINDOW);

        assertThat(ticket.status).isEqualTo(to);
        assertThat(ticket.changes).last().satisfies(change -> {
            assertThat(change.field()).isEqualTo("status");
            assertThat(change.data()).containsEntry("old", from.name()).containsEntry("new", to.name());
        });
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("refused")
    void refusedTransitionChangesNothingAndSaysWhy(TicketStatus from, TicketStatus to) {
        TicketState ticket = mariasComplaint(from);

        assertThatThrownBy(() -> ticket.moveTo(to, PendingReason.WAITING_ON_CUSTOMER, LATER, REOPEN_WINDOW))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from.name());
                    assertThat(e.to()).isEqualTo(to.name());
                    assertThat(e.reason()).isIn("not_allowed", "unchanged");
                    assertThat(e.getMessage()).contains("HD-1001");
                });
        assertThat(ticket.status).isEqualTo(from);
        assertThat(ticket.changes).isEmpty();
    }

    @Test
    void pendingNeedsToSayWhomTheTicketWaitsFor() {
        TicketState ticket = mariasComplaint(OPEN);

        assertThatThrownBy(() -> ticket.moveTo(PENDING, null, LATER, REOPEN_WINDOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ticket.status).isEqualTo(OPEN);
    }

    @Test
    void reopeningAResolvedTicketCountsAReopenAndClearsTheResolution() {
        TicketState ticket = mariasComplaint(RESOLVED);

        ticket.moveTo(OPEN, null, LATER, REOPEN_WINDOW);

        assertThat(ticket.reopenCount).isEqualTo(1);
        assertThat(ticket.resolvedAt).isNull();
        assertThat(ticket.changes).last().extracting(Change::type).isEqualTo("REOPENED");
    }

    @Test
    void closedTicketReopensOnlyWithinTheWindow() {
        TicketState recent = mariasComplaint(CLOSED);
        recent.moveTo(OPEN, null, MONDAY_10AM.plus(REOPEN_WINDOW), REOPEN_WINDOW);
        assertThat(recent.status).isEqualTo(OPEN);

        TicketState old = mariasComplaint(CLOSED);
        assertThatThrownBy(() ->
                        old.moveTo(OPEN, null, MONDAY_10AM.plus(REOPEN_WINDOW).plusSeconds(1), REOPEN_WINDOW))
                .isInstanceOfSatisfying(
                        InvalidTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo("reopen_window_passed"));
    }

    @Test
    void waitingStopsTheSlaClockAndResumingRestartsIt() {
        TicketState ticket = mariasComplaint(OPEN);

        ticket.moveTo(PENDING, PendingReason.WAITING_ON_THIRD_PARTY, LATER, REOPEN_WINDOW);
        assertThat(ticket.pausedSince).isEqualTo(LATER);
        ticket.refreshDueAt();
        assertThat(ticket.slaDueAt).as("no deadline while waiting").isNull();

        ticket.moveTo(OPEN, null, LATER.plus(Duration.ofHours(3)), REOPEN_WINDOW);
        assertThat(ticket.pausedSince).isNull();
        assertThat(ticket.pendingSeconds).isEqualTo(Duration.ofHours(3).toSeconds());
        assertThat(ticket.slaStale).as("deadlines are worked out again").isTrue();
        assertThat(ticket.pauseSteps).extracting(PauseStep::begins).containsExactly(true, false);
    }

    @Test
    void resolvingLateMarksTheResolutionBreach() {
        TicketState ticket = mariasComplaint(OPEN);

        ticket.moveTo(RESOLVED, null, MONDAY_10AM.plus(Duration.ofHours(25)), REOPEN_WINDOW);

        assertThat(ticket.resolutionBreached).isTrue();
        assertThat(ticket.changes).extracting(Change::type).contains("SLA_BREACHED");
    }
}
