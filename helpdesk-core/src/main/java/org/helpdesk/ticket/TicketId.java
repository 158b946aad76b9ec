package org.helpdesk.ticket;

import java.util.UUID;

public record TicketId(UUID value) {

    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
