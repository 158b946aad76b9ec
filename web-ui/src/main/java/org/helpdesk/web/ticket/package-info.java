/** Ticket pages and the ticket REST API. */
@NullMarked
package org.helpdesk.web.ticket;

import org.jspecify.annotations.NullMarked;
