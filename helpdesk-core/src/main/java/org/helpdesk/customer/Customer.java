package org.helpdesk.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record Customer(
        CustomerId id, String email, @Nullable String name, Instant createdAt) {}
