package org.helpdesk.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** Parses a priority name case-insensitively; empty for anything else. */
    public static Optional<Priority> parse(String value) {
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }
}
