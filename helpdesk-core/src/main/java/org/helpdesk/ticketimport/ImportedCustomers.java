package org.helpdesk.ticketimport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Customers of imported tickets whose file gives no e-mail address. The customer register needs one, so such a
 * customer gets a placeholder under {@code imported.invalid} (a domain that never receives mail, RFC 2606): one per
 * external customer id, and one shared "unknown customer" when the file says nothing about the customer.
 */
final class ImportedCustomers {

    static final String DOMAIN = "imported.invalid";
    static final String UNKNOWN = "unknown-customer@" + DOMAIN;

    private ImportedCustomers() {}

    static String placeholderEmail(@Nullable String externalId) {
        if (externalId == null) {
            return UNKNOWN;
        }
        String local = externalId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        if (!local.equals(externalId.toLowerCase(Locale.ROOT)) || local.length() > 40) {
            // different ids must not meet in one address once cleaned: add a short hash of the id itself
            String hash = UUID.nameUUIDFromBytes(externalId.getBytes(StandardCharsets.UTF_8))
                    .toString()
                    .replace("-", "")
                    .substring(0, 12);
            local = local.substring(0, Math.min(local.length(), 40)) + "-" + hash;
        }
        return "customer-" + local + "@" + DOMAIN;
    }
}
