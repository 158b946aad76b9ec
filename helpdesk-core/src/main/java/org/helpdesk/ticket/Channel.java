package org.helpdesk.ticket;

import java.util.Optional;

/** How the customer reached the desk. */
public enum Channel {
    EMAIL,
    PHONE,
    WEB,
    CHAT,
    SOCIAL,
    IN_PERSON;

    public static Optional<Channel> parse(String value) {
        return EnumValues.parse(Channel.class, value);
    }
}
