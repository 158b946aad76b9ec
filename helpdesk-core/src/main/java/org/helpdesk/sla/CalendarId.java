package org.helpdesk.sla;

import java.util.UUID;

public record CalendarId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
