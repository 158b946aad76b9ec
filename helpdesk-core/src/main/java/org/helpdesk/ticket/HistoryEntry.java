package org.helpdesk.ticket;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One immutable line of a ticket's history: what happened, who did it, when, with the details. For a field
 * change {@code data} holds {@code field}, {@code old} and {@code new}; {@code version} is the ticket version
 * the change produced.
 */
public record HistoryEntry(
        long sequence,
        String type,
        String actor,
        Instant occurredAt,
        Map<String, Object> data,
        @Nullable Long version) {

    public HistoryEntry {
        // Values may be null (a field cleared), which Map.copyOf would refuse.
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public HistoryEntry(long sequence, String type, String actor, Instant occurredAt, Map<String, Object> data) {
        this(sequence, type, actor, occurredAt, data, null);
    }

    public @Nullable String field() {
        Object field = data.get("field");
        return field == null ? null : field.toString();
    }
}
