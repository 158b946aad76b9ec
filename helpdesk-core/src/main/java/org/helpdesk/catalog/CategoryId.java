package org.helpdesk.catalog;

import java.util.UUID;

public record CategoryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
