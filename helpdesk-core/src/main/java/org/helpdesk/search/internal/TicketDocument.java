package org.helpdesk.search.internal;

import java.time.Instant;
import java.util.List;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * The ticket as stored in the search index, with everything the search page filters and counts by.
 * Field names are the index mapping's (see {@code tickets-v2.json}); {@code messages} are the bodies of
 * public replies and internal notes, so a word written only in the conversation finds the ticket.
 */
record TicketDocument(
        String id,
        long number,
        String subject,
        String description,
        List<String> messages,
        String status,
        String priority,
        String channel,
        String type,
        @Nullable String language,
        List<String> tags,
        @Nullable Named product,
        @Nullable Named category,
        @Nullable Named team,
        @Nullable String assignee,
        String customerEmail,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        boolean slaBreached,
        boolean escalated,
        boolean repeatContact,
        boolean reopened,
        int reopenCount,
        String createdAt,
        String updatedAt,
        @Nullable String resolvedAt) {

    /** A product, category or team: filtered by id, shown by name. */
    record Named(String id, String name) {

        static @Nullable Named of(@Nullable NamedRef ref) {
            return ref == null ? null : new Named(ref.id().toString(), ref.name());
        }
    }

    static TicketDocument of(Ticket ticket, List<String> messages) {
        var classification = ticket.classification();
        var progress = ticket.progress();
        var assignee = ticket.assignment().assignee();
        return new TicketDocument(
                ticket.id().toString(),
                ticket.number(),
                ticket.subject(),
                ticket.description(),
                List.copyOf(messages),
                ticket.status().name(),
                ticket.priority().name(),
                classification.channel().name(),
                classification.type().name(),
                classification.language(),
                classification.tags(),
                Named.of(classification.product()),
                Named.of(classification.category()),
                Named.of(ticket.assignment().team()),
                assignee == null ? null : assignee.username(),
                ticket.customerEmail(),
                ticket.sla().firstResponseBreached(),
                ticket.sla().resolutionBreached(),
                ticket.sla().breached(),
                progress.escalated(),
                ticket.links().repeatOf() != null,
                progress.reopenCount() > 0,
                progress.reopenCount(),
                ticket.createdAt().toString(),
                ticket.updatedAt().toString(),
                text(progress.resolvedAt()));
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
