package org.helpdesk.ticket;

import java.time.Instant;

/**
 * Published inside the transaction of every change to a ticket, so listeners (the search outbox, the
 * audit trail) act atomically with it.
 *
 * @param change what happened, e.g. {@code CREATED}, {@code STATUS_CHANGED}; the same word as in the history
 * @param actor who did it (a username, or a channel such as {@code system:email})
 */
public record TicketChanged(TicketId ticketId, long number, String change, String actor, Instant occurredAt) {}
