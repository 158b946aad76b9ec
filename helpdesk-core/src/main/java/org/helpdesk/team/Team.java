package org.helpdesk.team;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A queue of tickets and the group of agents that works it. {@code hourlyCost} is what an hour of the team's work
 * costs (in reporting's currency), for cost per complaint; null when nobody has set it.
 */
public record Team(
        TeamId id,
        String name,
        @Nullable String description,
        boolean active,
        int memberCount,
        @Nullable BigDecimal hourlyCost) {}
