package org.helpdesk.ticket;

import java.util.Optional;

/** A public reply goes to the customer; an internal note is seen by staff only. */
public enum Visibility {
    PUBLIC,
    INTERNAL;

    public static Optional<Visibility> parse(String value) {
        return EnumValues.parse(Visibility.class, value);
    }
}
