/** Tickets (complaints, requests) and their append-only history. */
@NullMarked
package org.helpdesk.ticket;

import org.jspecify.annotations.NullMarked;
