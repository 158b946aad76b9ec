package org.helpdesk.ticket;

import org.jspecify.annotations.Nullable;

/** Other tickets this one points at: the earlier contact it repeats, where it was merged, split or followed up from. */
public record Links(
        @Nullable TicketLink repeatOf,
        @Nullable TicketLink mergedInto,
        @Nullable TicketLink splitFrom,
        @Nullable TicketLink followUpOf) {

    public static final Links NONE = new Links(null, null, null, null);
}
