package org.helpdesk.ticket;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's service-level clock. {@code dueAt} is the next deadline while the clock runs (null when it
 * stands still, when every target is met, or when no policy applies).
 */
public record SlaState(
        @Nullable NamedRef policy,
        @Nullable Instant firstResponseDue,
        @Nullable Instant resolutionDue,
        @Nullable Instant dueAt,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        @Nullable Instant pausedSince,
        Duration pendingTime) {

    public boolean breached() {
        return firstResponseBreached || resolutionBreached;
    }

    /** Time left until the next deadline at {@code now}; negative once it has passed; null without a running clock. */
    public @Nullable Duration remaining(Instant now) {
        return dueAt == null ? null : Duration.between(now, dueAt);
    }
}
