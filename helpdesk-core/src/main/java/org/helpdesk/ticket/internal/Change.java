package org.helpdesk.ticket.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line for the ticket's history, made by the aggregate as it changes. {@code data} carries {@code field},
 * {@code old} and {@code new} for field changes, plus whatever explains the change.
 */
public record Change(String type, Map<String, Object> data) {

    public Change {
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    static Change field(String type, String field, @Nullable Object old, @Nullable Object now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("field", field);
        data.put("old", old == null ? null : String.valueOf(old));
        data.put("new", now == null ? null : String.valueOf(now));
        return new Change(type, data);
    }

    Change with(String key, @Nullable Object value) {
        Map<String, Object> more = new LinkedHashMap<>(data);
        more.put(key, value);
        return new Change(type, more);
    }

    @Nullable
    String field() {
        Object field = data.get("field");
        return field == null ? null : field.toString();
    }
}
