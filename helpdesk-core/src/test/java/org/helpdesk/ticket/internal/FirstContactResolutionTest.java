package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpdesk.ticket.internal.TicketFixture.MONDAY_10AM;
import static org.helpdesk.ticket.internal.TicketFixture.REOPEN_WINDOW;
import static org.helpdesk.ticket.internal.TicketFixture.mariasComplaint;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.ticket.Progress;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/** First-contact resolution: resolved, never reopened, with exactly one agent reply. */
class FirstContactResolutionTest {

    private static final Instant ANSWERED = MONDAY_10AM.plus(Duration.ofMinutes(30));

    @Test
    void resolvingTicketWithOneReplyCountsAsFirstContactResolution() {
        TicketState ticket = mariasComplaint(TicketStatus.NEW);

        ticket.agentReplied(ANSWERED);
        ticket.moveTo(TicketStatus.RESOLVED, null, ANSWERED, REOPEN_WINDOW);

        assertThat(fcr(ticket)).isTrue();
        assertThat(ticket.firstResponseAt).isEqualTo(ANSWERED);
        assertThat(ticket.changes)
                .extracting(Change::type)
                .as("the reply opened the new ticket")
                .contains("STATUS_CHANGED");
    }

    @Test
    void secondReplyMeansTheCustomerWasNotHelpedAtFirstContact() {
        TicketState ticket = mariasComplaint(TicketStatus.NEW);

        ticket.agentReplied(ANSWERED);
        ticket.agentReplied(ANSWERED.plusSeconds(60));
        ticket.moveTo(TicketStatus.RESOLVED, null, ANSWERED.plusSeconds(120), REOPEN_WINDOW);

        assertThat(fcr(ticket)).isFalse();
        assertThat(ticket.firstResponseAt).as("the first answer counts").isEqualTo(ANSWERED);
    }

    @Test
    void reopenedTicketIsNoFirstContactResolutionEvenWhenResolvedAgain() {
        TicketState ticket = mariasComplaint(TicketStatus.NEW);
        ticket.agentReplied(ANSWERED);
        ticket.moveTo(TicketStatus.RESOLVED, null, ANSWERED, REOPEN_WINDOW);

        ticket.customerWrote(ANSWERED.plusSeconds(3600));
        ticket.moveTo(TicketStatus.RESOLVED, null, ANSWERED.plusSeconds(7200), REOPEN_WINDOW);

        assertThat(ticket.reopenCount).isEqualTo(1);
        assertThat(fcr(ticket)).isFalse();
    }

    @Test
    void unresolvedTicketIsNoFirstContactResolution() {
        TicketState ticket = mariasComplaint(TicketStatus.NEW);
        ticket.agentReplied(ANSWERED);

        assertThat(fcr(ticket)).isFalse();
    }

    @Test
    void lateFirstAnswerMarksTheFirstResponseBreach() {
        TicketState ticket = mariasComplaint(TicketStatus.NEW);

        ticket.agentReplied(MONDAY_10AM.plus(Duration.ofHours(5)));

        assertThat(ticket.firstResponseBreached).isTrue();
    }

    /** The rule as the public {@link Ticket} states it, applied to the aggregate's counters. */
    private static boolean fcr(TicketState s) {
        Ticket base = TicketFixture.ticket(s.number, s.status);
        Ticket t = new Ticket(
                base.id(),
                base.number(),
                base.subject(),
                base.description(),
                base.customerId(),
                base.customerEmail(),
                base.priority(),
                s.status,
                base.createdBy(),
                base.createdAt(),
                base.updatedAt(),
                base.version(),
                base.customerName(),
                base.classification(),
                base.assignment(),
                base.pendingReason(),
                base.sla(),
                new Progress(
                        s.firstResponseAt, s.resolvedAt, s.closedAt, s.reopenCount, s.agentReplyCount, false, null),
                base.links(),
                base.updatedBy());
        return t.firstContactResolution();
    }
}
