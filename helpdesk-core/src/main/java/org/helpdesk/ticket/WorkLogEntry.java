package org.helpdesk.ticket;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Work logged on a ticket: who ({@code agent}, a username), how many minutes, when it was logged, and a note. */
public record WorkLogEntry(
        UUID id,
        String agent,
        int minutes,
        Instant loggedAt,
        @Nullable String note) {}
