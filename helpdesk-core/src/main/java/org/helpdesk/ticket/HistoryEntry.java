package org.helpdesk.ticket;

import java.time.Instant;
import java.util.Map;

/** One immutable line of a ticket's history: what happened, who did it, when, with the details. */
public record HistoryEntry(long sequence, String type, String actor, Instant occurredAt, Map<String, Object> data) {

    public HistoryEntry {
        data = Map.copyOf(data);
    }
}
