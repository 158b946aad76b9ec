package org.helpdesk.ticket;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a ticket is in its life: {@code NEW → OPEN → PENDING → RESOLVED → CLOSED}. Only the moves in
 * {@link #next()} are allowed; a resolved ticket may be reopened, a closed one only within the reopen window.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING,
    RESOLVED,
    CLOSED;

    /** The statuses this one may move to. */
    public Set<TicketStatus> next() {
        return switch (this) {
            // A call answered on the spot may be resolved at once; NEW may wait on the customer too.
            case NEW -> EnumSet.of(OPEN, PENDING, RESOLVED);
            case OPEN -> EnumSet.of(PENDING, RESOLVED);
            case PENDING -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Whether the SLA clock runs: it stands still while the ticket waits or is done. */
    public boolean clockRuns() {
        return this == NEW || this == OPEN;
    }

    /** Whether someone still has to work on the ticket. */
    public boolean isActive() {
        return this == NEW || this == OPEN || this == PENDING;
    }

    public static Optional<TicketStatus> parse(String value) {
        return EnumValues.parse(TicketStatus.class, value);
    }
}
