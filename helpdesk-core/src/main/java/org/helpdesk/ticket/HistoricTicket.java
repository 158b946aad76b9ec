package org.helpdesk.ticket;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket from another helpdesk's history, as that helpdesk recorded it: when it was opened, what it was about,
 * where it stands, and whether it was answered within that helpdesk's first-response target
 * ({@code firstResponseOnTime}, null when not known). {@code origin} goes into the ticket's history (which import,
 * which line).
 */
public record HistoricTicket(
        String subject,
        String description,
        CustomerId customer,
        TicketType type,
        Channel channel,
        TicketStatus status,
        @Nullable UUID categoryId,
        @Nullable UUID productId,
        Instant createdAt,
        @Nullable Instant resolvedAt,
        @Nullable Boolean firstResponseOnTime,
        Map<String, Object> origin) {

    public HistoricTicket {
        if (status == TicketStatus.PENDING) {
            throw new IllegalArgumentException("an imported ticket is open or done, not waiting");
        }
        origin = Map.copyOf(origin);
    }
}
