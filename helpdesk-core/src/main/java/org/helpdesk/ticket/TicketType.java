package org.helpdesk.ticket;

import java.util.Optional;

/** What kind of contact a ticket is; complaints are what the complaint desk is measured on. */
public enum TicketType {
    COMPLAINT,
    QUESTION,
    REQUEST,
    INCIDENT;

    public static Optional<TicketType> parse(String value) {
        return EnumValues.parse(TicketType.class, value);
    }
}
