package org.helpdesk.search.internal;

import org.helpdesk.ticket.Ticket;

/** The ticket as stored in the search index. Field names are the index mapping's (see tickets-v1.json). */
record TicketDocument(
        String id,
        long number,
        String subject,
        String description,
        String status,
        String priority,
        String customerEmail,
        String createdAt,
        String updatedAt) {

    static TicketDocument of(Ticket ticket) {
        return new TicketDocument(
                ticket.id().toString(),
                ticket.number(),
                ticket.subject(),
                ticket.description(),
                ticket.status().name(),
                ticket.priority().name(),
                ticket.customerEmail(),
                ticket.createdAt().toString(),
                ticket.updatedAt().toString());
    }
}
