package org.helpdesk.search;

import java.time.Instant;
import java.util.UUID;

/** A search someone keeps to run again; a shared one is listed for everyone who may search. */
public record SavedSearch(
        UUID id,
        String owner,
        String name,
        SearchDefinition definition,
        boolean shared,
        Instant createdAt,
        Instant updatedAt) {

    public boolean ownedBy(String username) {
        return owner.equals(username);
    }
}
