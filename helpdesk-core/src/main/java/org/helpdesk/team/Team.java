package org.helpdesk.team;

import org.jspecify.annotations.Nullable;

/** A queue of tickets and the group of agents that works it. */
public record Team(TeamId id, String name, @Nullable String description, boolean active, int memberCount) {}
