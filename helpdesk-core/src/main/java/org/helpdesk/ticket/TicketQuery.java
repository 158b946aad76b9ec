package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One of the agent's views of the tickets, filtered, sorted and paged. Filters left null do not restrict.
 *
 * @param tag a single tag the tickets must carry
 */
public record TicketQuery(
        Queue queue,
        @Nullable TicketStatus status,
        @Nullable Priority priority,
        @Nullable UUID teamId,
        @Nullable UUID assigneeId,
        @Nullable UUID categoryId,
        @Nullable UUID productId,
        @Nullable Channel channel,
        @Nullable TicketType type,
        @Nullable String tag,
        @Nullable CustomerId customerId,
        Sort sort,
        boolean descending,
        int page,
        int size) {

    public static final int MAX_SIZE = 200;

    /** The agent's standing views. */
    public enum Queue {
        /** Active tickets assigned to me. */
        MINE,
        /** Active tickets waiting in my teams' queues with no one on them. */
        UNASSIGNED,
        /** Tickets whose SLA clock runs out within the warning time, or already has. */
        BREACHING,
        /** Every ticket someone still has to work on. */
        OPEN,
        /** Everything, including resolved and closed tickets. */
        ALL
    }

    public enum Sort {
        CREATED,
        UPDATED,
        DUE,
        PRIORITY,
        NUMBER,
        STATUS
    }

    /** Every ticket, newest first: what the first version of the API listed. */
    public static TicketQuery all(int page, int size) {
        return new TicketQuery(
                Queue.ALL, null, null, null, null, null, null, null, null, null, null, Sort.CREATED, true, page, size);
    }

    public TicketQuery {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > 1_000_000) {
            violations.add(
                    new FieldViolation("page", "out_of_range", "page must be ≥ 0 and size between 1 and " + MAX_SIZE));
        }
        if (tag != null && tag.length() > Tags.MAX_LENGTH) {
            violations.add(new FieldViolation("tag", "too_long", "must be at most " + Tags.MAX_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
