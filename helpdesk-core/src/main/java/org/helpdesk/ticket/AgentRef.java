package org.helpdesk.ticket;

import java.util.UUID;

/** The agent a ticket is assigned to. */
public record AgentRef(UUID id, String username, String displayName) {}
