package org.helpdesk.ticket;

import java.time.Instant;
import org.helpdesk.customer.CustomerId;

/**
 * A ticket as it stands now. {@code number} is the human-readable reference agents and customers quote;
 * {@code version} increases with every change and guards against lost updates.
 */
public record Ticket(
        TicketId id,
        long number,
        String subject,
        String description,
        CustomerId customerId,
        String customerEmail,
        Priority priority,
        TicketStatus status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The reference shown to people, e.g. {@code HD-1001}. */
    public String reference() {
        return TicketReference.format(number);
    }
}
