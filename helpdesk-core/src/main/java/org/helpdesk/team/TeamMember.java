package org.helpdesk.team;

import java.util.UUID;

/** An agent in a team, as shown in lists and assignment pickers. */
public record TeamMember(UUID userId, String username, String displayName) {}
