package org.helpdesk.ticketimport;

import java.time.Instant;
import java.util.Map;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * A row of a ticket file as the ticket it would become, before customers, products and categories are looked up or
 * created; or why it cannot become one ({@code problem}). {@code key} identifies the row across imports: its external
 * id, else a hash of its values. {@code original} is the row as it was in the file.
 */
public record TicketImportRow(
        int line,
        @Nullable String key,
        @Nullable String externalId,
        @Nullable Instant createdAt,
        @Nullable TicketType type,
        @Nullable String subject,
        @Nullable String description,
        @Nullable String customerEmail,
        @Nullable String customerName,
        @Nullable String customerExternalId,
        @Nullable String product,
        @Nullable String category,
        @Nullable Channel channel,
        @Nullable TicketStatus status,
        @Nullable Instant resolvedAt,
        @Nullable Boolean respondedOnTime,
        Map<String, String> original,
        @Nullable String problem) {

    public TicketImportRow {
        original = Map.copyOf(original);
    }

    static TicketImportRow rejected(int line, Map<String, String> original, String problem) {
        return new TicketImportRow(
                line, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                original, problem);
    }
}
