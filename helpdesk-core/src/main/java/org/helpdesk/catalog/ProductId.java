package org.helpdesk.catalog;

import java.util.UUID;

public record ProductId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
