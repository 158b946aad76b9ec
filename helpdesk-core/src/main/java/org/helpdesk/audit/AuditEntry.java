package org.helpdesk.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is to be written into the audit trail: who did what to which thing, with the details that matter,
 * and from where. The time is set by the trail.
 *
 * @param actor who did it: a username, or a channel such as {@code system:email}
 * @param action what happened, in upper case, e.g. {@code TICKET_CREATED}, {@code ROLE_GRANTED}
 * @param targetType the kind of thing it happened to, in lower case, e.g. {@code ticket}, {@code user}
 * @param targetId which one, e.g. {@code HD-1001} or a username; empty when there is no single target
 * @param details the facts worth keeping (old and new values, the query...): plain JSON values only
 * @param source where it came from (a network address or a channel); {@code null} means "where the current
 *     request comes from", which is the caller's address during a web request and {@code system} otherwise
 */
public record AuditEntry(
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        Map<String, ?> details,
        @Nullable String source) {

    public static final int ACTOR_MAX = 200;
    public static final int TARGET_ID_MAX = 200;
    public static final int SOURCE_MAX = 200;
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern TARGET_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public AuditEntry {
        require(!actor.isBlank() && actor.length() <= ACTOR_MAX, "actor must be 1 to " + ACTOR_MAX + " characters");
        require(ACTION.matcher(action).matches(), "action must look like TICKET_CREATED: " + action);
        require(TARGET_TYPE.matcher(targetType).matches(), "target type must look like ticket: " + targetType);
        require(targetId == null || targetId.length() <= TARGET_ID_MAX, "target id is too long");
        require(source == null || source.length() <= SOURCE_MAX, "source is too long");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** An entry with the current request's address as its source. */
    public static AuditEntry of(
            String actor, String action, String targetType, @Nullable String targetId, Map<String, ?> details) {
        return new AuditEntry(actor, action, targetType, targetId, details, null);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
