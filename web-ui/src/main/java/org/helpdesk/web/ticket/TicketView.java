package org.helpdesk.web.ticket;

import java.time.Instant;
import java.util.List;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketPage;

/** A ticket as the REST API shows it. */
record TicketView(
        String id,
        String reference,
        long number,
        String subject,
        String description,
        String customerEmail,
        String priority,
        String status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static TicketView of(Ticket t) {
        return new TicketView(
                t.id().toString(),
                t.reference(),
                t.number(),
                t.subject(),
                t.description(),
                t.customerEmail(),
                t.priority().name(),
                t.status().name(),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.version());
    }

    record Page(List<TicketView> items, int page, int size, long total) {

        static Page of(TicketPage page) {
            return new Page(page.items().stream().map(TicketView::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
