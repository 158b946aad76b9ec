package org.helpdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The milestones of a ticket's life, as reporting needs them. */
public record Progress(
        @Nullable Instant firstResponseAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        int reopenCount,
        int agentReplyCount,
        boolean escalated,
        @Nullable Instant escalatedAt) {}
