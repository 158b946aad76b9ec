package org.helpdesk.ticket;

public enum TicketStatus {
    NEW,
    OPEN,
    PENDING,
    RESOLVED,
    CLOSED
}
