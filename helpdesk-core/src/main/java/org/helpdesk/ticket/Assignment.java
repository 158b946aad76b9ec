package org.helpdesk.ticket;

import org.jspecify.annotations.Nullable;

/** Which team's queue a ticket is in, and which agent works it (none while it waits in the queue). */
public record Assignment(@Nullable NamedRef team, @Nullable AgentRef assignee) {}
