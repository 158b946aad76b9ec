package org.helpdesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to show; every criterion is optional and they all apply together. Actor and target
 * id match whole values, ignoring case; the time range includes {@code from} and excludes {@code to}.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable Instant from,
        @Nullable Instant to) {

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern TARGET_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Blank criteria count as absent; action and target type are matched case-insensitively. */
    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action) == null ? null : action.strip().toUpperCase(Locale.ROOT);
        targetType = blankToNull(targetType) == null ? null : targetType.strip().toLowerCase(Locale.ROOT);
        targetId = blankToNull(targetId);
        List<FieldViolation> violations = new ArrayList<>();
        if (actor != null && actor.length() > AuditEntry.ACTOR_MAX) {
            violations.add(tooLong("actor", AuditEntry.ACTOR_MAX));
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            violations.add(new FieldViolation("action", "invalid_value", "must be an action such as TICKET_CREATED"));
        }
        if (targetType != null && !TARGET_TYPE.matcher(targetType).matches()) {
            violations.add(new FieldViolation("targetType", "invalid_value", "must be a target type such as ticket"));
        }
        if (targetId != null && targetId.length() > AuditEntry.TARGET_ID_MAX) {
            violations.add(tooLong("targetId", AuditEntry.TARGET_ID_MAX));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new FieldViolation("to", "out_of_range", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static FieldViolation tooLong(String field, int max) {
        return new FieldViolation(field, "too_long", "must be at most " + max + " characters");
    }
}
