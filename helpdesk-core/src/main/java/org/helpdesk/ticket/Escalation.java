package org.helpdesk.ticket;

import java.time.Instant;

/** A ticket handed up to management, with the reason; kept forever for the escalation KPI. */
public record Escalation(
        long id, TicketId ticketId, String level, String reason, String escalatedBy, Instant escalatedAt) {

    public static final String MANAGEMENT = "MANAGEMENT";
}
