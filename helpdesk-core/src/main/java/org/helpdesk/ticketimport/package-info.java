/**
 * Bringing an organisation's ticket history over from another helpdesk: a file (CSV, TSV, JSON Lines) mapped column
 * by column onto tickets, previewed, then imported in the background. Entry point:
 * {@link org.helpdesk.ticketimport.TicketImports}; the rules are in docs/tickets.md ("Importing tickets").
 */
@NullMarked
package org.helpdesk.ticketimport;

import org.jspecify.annotations.NullMarked;
