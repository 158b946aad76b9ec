package org.helpdesk.ticket;

/** A pointer to another ticket by id and number. */
public record TicketLink(TicketId id, long number) {

    public String reference() {
        return TicketReference.format(number);
    }
}
