package org.helpdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The milestones of a ticket's life, as reporting needs them. For phone and chat contacts, {@code queuedAt} is when
 * the contact entered the queue and {@code pickedUpAt} when an agent took it (both unknown for other channels).
 */
public record Progress(
        @Nullable Instant firstResponseAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        int reopenCount,
        int agentReplyCount,
        boolean escalated,
        @Nullable Instant escalatedAt,
        @Nullable Instant queuedAt,
        @Nullable Instant pickedUpAt) {

    public Progress(
            @Nullable Instant firstResponseAt,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt,
            int reopenCount,
            int agentReplyCount,
            boolean escalated,
            @Nullable Instant escalatedAt) {
        this(firstResponseAt, resolvedAt, closedAt, reopenCount, agentReplyCount, escalated, escalatedAt, null, null);
    }
}
