package org.helpdesk.ticket;

import java.util.Optional;

/** Who wrote a message: an agent, the customer (recorded by an agent or a channel), or the system. */
public enum AuthorType {
    AGENT,
    CUSTOMER,
    SYSTEM;

    public static Optional<AuthorType> parse(String value) {
        return EnumValues.parse(AuthorType.class, value);
    }
}
