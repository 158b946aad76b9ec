package org.helpdesk.ticket.internal;

import java.time.Instant;
import org.helpdesk.ticket.PendingReason;
import org.helpdesk.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;

/** The SLA clock stopped (a pause begins in {@code status}) or started again (the open pause ends). */
record PauseStep(
        boolean begins, TicketStatus status, @Nullable PendingReason reason, Instant at) {}
