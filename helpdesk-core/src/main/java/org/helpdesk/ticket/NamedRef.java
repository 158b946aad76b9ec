package org.helpdesk.ticket;

import java.util.UUID;

/** A reference to a team, category or product with its current name, for showing without a lookup. */
public record NamedRef(UUID id, String name) {}
