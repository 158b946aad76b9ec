package org.helpdesk.ticket;

import java.time.Instant;
import org.helpdesk.customer.CustomerId;
import org.jspecify.annotations.Nullable;

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
        long version,
        @Nullable String customerName,
        Classification classification,
        Assignment assignment,
        @Nullable PendingReason pendingReason,
        SlaState sla,
        Progress progress,
        Links links,
        @Nullable String updatedBy) {

    /** The reference shown to people, e.g. {@code HD-1001}. */
    public String reference() {
        return TicketReference.format(number);
    }

    /** Resolved with no reopen and a single agent reply: the customer got their answer at first contact. */
    public boolean firstContactResolution() {
        return progress.resolvedAt() != null && progress.reopenCount() == 0 && progress.agentReplyCount() == 1;
    }
}
