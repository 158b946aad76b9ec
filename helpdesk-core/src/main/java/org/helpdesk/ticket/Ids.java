package org.helpdesk.ticket;

import java.util.List;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/** Reads optional UUIDs typed into forms or sent as JSON, reporting malformed ones as violations. */
final class Ids {

    private Ids() {}

    static @Nullable UUID parse(String field, @Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "invalid_value", "must be an id"));
            return null;
        }
    }
}
