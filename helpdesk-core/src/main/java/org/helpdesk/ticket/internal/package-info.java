/** Persistence of tickets; not for use outside the ticket feature. */
@NullMarked
package org.helpdesk.ticket.internal;

import org.jspecify.annotations.NullMarked;
