package org.helpdesk.ticket;

import java.util.Optional;

/** Whom a pending ticket waits for; while it waits, the SLA clock stands still. */
public enum PendingReason {
    WAITING_ON_CUSTOMER,
    WAITING_ON_THIRD_PARTY;

    public static Optional<PendingReason> parse(String value) {
        return EnumValues.parse(PendingReason.class, value);
    }
}
