package org.helpdesk.ticket.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.Assignment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Classification;
import org.helpdesk.ticket.Links;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Progress;
import org.helpdesk.ticket.SlaState;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;

/**
 * Tickets of our test personas at fixed moments: Maria complains about a late parcel on Monday 9 March 2026,
 * 10:00 UTC; the normal SLA wants a first answer within 4 hours and a resolution within 24.
 */
final class TicketFixture {

    static final Instant MONDAY_10AM = Instant.parse("2026-03-09T10:00:00Z");
    static final Duration REOPEN_WINDOW = Duration.ofDays(14);
    static final NamedRef NORMAL_POLICY = new NamedRef(UUID.randomUUID(), "Normal");

    private TicketFixture() {}

    /** Maria's complaint, opened at {@link #MONDAY_10AM}, in the given status. */
    static TicketState mariasComplaint(TicketStatus status) {
        return new TicketState(ticket(1001, status));
    }

    static TicketState petarsDuplicate() {
        return new TicketState(ticket(1002, TicketStatus.NEW));
    }

    static Ticket ticket(long number, TicketStatus status) {
        Instant created = MONDAY_10AM;
        return new Ticket(
                TicketId.random(),
                number,
                "Parcel late",
                "My parcel is two weeks late",
                new CustomerId(UUID.randomUUID()),
                "maria@example.com",
                Priority.NORMAL,
                status,
                "anna.agent",
                created,
                created,
                1,
                "Maria Ivanova",
                new Classification(Channel.PHONE, TicketType.COMPLAINT, null, null, "bg", List.of()),
                new Assignment(null, null),
                status == TicketStatus.PENDING ? org.helpdesk.ticket.PendingReason.WAITING_ON_CUSTOMER : null,
                new SlaState(
                        NORMAL_POLICY,
                        created.plus(Duration.ofHours(4)),
                        created.plus(Duration.ofHours(24)),
                        status.clockRuns() ? created.plus(Duration.ofHours(4)) : null,
                        false,
                        false,
                        status.clockRuns() ? null : created,
                        Duration.ZERO),
                new Progress(
                        null,
                        status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED ? created : null,
                        status == TicketStatus.CLOSED ? created : null,
                        0,
                        0,
                        false,
                        null),
                Links.NONE,
                "anna.agent");
    }
}
