package org.helpdesk.ticket;

import java.util.List;

public record TicketPage(List<Ticket> items, int page, int size, long total) {

    public TicketPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
