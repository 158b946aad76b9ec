package org.helpdesk.feedback;

import java.time.Instant;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.TicketId;
import org.jspecify.annotations.Nullable;

/** One survey sent to a customer about one resolved ticket; it takes exactly one answer before it expires. */
public record SurveyInvitation(
        UUID id,
        TicketId ticketId,
        long ticketNumber,
        CustomerId customerId,
        SurveyKind kind,
        String language,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant answeredAt) {

    /** Whether the link can still be used at {@code now}. */
    public State state(Instant now) {
        if (answeredAt != null) {
            return State.ANSWERED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    public enum State {
        OPEN,
        ANSWERED,
        EXPIRED
    }
}
