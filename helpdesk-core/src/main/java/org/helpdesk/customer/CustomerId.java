package org.helpdesk.customer;

import java.util.UUID;

public record CustomerId(UUID value) {

    public static CustomerId random() {
        return new CustomerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
