package org.helpdesk.team;

import java.util.UUID;

public record TeamId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
