package org.helpdesk.ticket;

/**
 * The result of reopening: the same ticket open again, or, when it was closed longer ago than the reopen
 * window allows, a new follow-up ticket linked to it.
 */
public record ReopenOutcome(Ticket ticket, boolean followUp) {}
