package org.helpdesk.customer;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person or company who contacts the desk. {@code language} is an ISO code (ru, bg, en) used for replies;
 * {@code segment} is the customer group reporting splits by (e.g. private, business, VIP). A customer the desk
 * has lost carries the local day it was noticed ({@code lostOn}) and why; churn counts them.
 */
public record Customer(
        CustomerId id,
        String email,
        @Nullable String name,
        Instant createdAt,
        @Nullable String phone,
        @Nullable String language,
        @Nullable String company,
        @Nullable String segment,
        @Nullable LocalDate lostOn,
        @Nullable String lostReason) {

    public Customer(CustomerId id, String email, @Nullable String name, Instant createdAt) {
        this(id, email, name, createdAt, null, null, null, null, null, null);
    }

    public boolean lost() {
        return lostOn != null;
    }

    /** The name to show: the person's name when known, else their address. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
