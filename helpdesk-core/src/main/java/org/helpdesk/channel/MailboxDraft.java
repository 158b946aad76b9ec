package org.helpdesk.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpdesk.customer.EmailAddress;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox as an admin enters it. An empty password on an edit keeps the stored one. Team and category are UUIDs.
 */
public record MailboxDraft(
        @Nullable String name,
        @Nullable String address,
        @Nullable String host,
        @Nullable Integer port,
        @Nullable String security,
        @Nullable String username,
        @Nullable String password,
        @Nullable String folder,
        @Nullable String teamId,
        @Nullable String categoryId,
        @Nullable Boolean enabled) {

    public Valid validate(boolean passwordRequired) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        if (address == null || !EmailAddress.isValid(address)) {
            violations.add(new FieldViolation("address", "invalid_email", "must be the mailbox's e-mail address"));
        }
        TextRules.requireText("host", host, 255, violations);
        if (host != null && !host.strip().matches("[A-Za-z0-9.:\\[\\]-]+")) {
            violations.add(new FieldViolation("host", "invalid_value", "must be a host name or an IP address"));
        }
        Mailbox.MailSecurity sec = Mailbox.MailSecurity.SSL;
        if (security != null && !security.isBlank()) {
            try {
                sec = Mailbox.MailSecurity.valueOf(security.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("security", "unknown_value", "must be SSL, STARTTLS or NONE"));
            }
        }
        int p = port == null ? (sec == Mailbox.MailSecurity.SSL ? 993 : 143) : port;
        if (p < 1 || p > 65535) {
            violations.add(new FieldViolation("port", "out_of_range", "must be between 1 and 65535"));
        }
        TextRules.requireText("username", username, 255, violations);
        boolean hasPassword = password != null && !password.isEmpty();
        if (passwordRequired && !hasPassword) {
            violations.add(new FieldViolation("password", "required", "must not be empty"));
        }
        if (hasPassword && password.length() > 1000) {
            violations.add(new FieldViolation("password", "too_long", "must be at most 1000 characters"));
        }
        String box = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        if (box.length() > 255) {
            violations.add(new FieldViolation("folder", "too_long", "must be at most 255 characters"));
        }
        UUID team = uuid("teamId", teamId, violations);
        UUID category = uuid("categoryId", categoryId, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(
                name.strip(),
                address.strip().toLowerCase(Locale.ROOT),
                host.strip(),
                p,
                sec,
                username.strip(),
                hasPassword ? password : null,
                box,
                team,
                category,
                enabled == null || enabled);
    }

    private static @Nullable UUID uuid(String field, @Nullable String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "invalid_id", "must be one of the offered values"));
            return null;
        }
    }

    /** A draft that passed validation; {@code password} is null when it is to stay as it is. */
    public record Valid(
            String name,
            String address,
            String host,
            int port,
            Mailbox.MailSecurity security,
            String username,
            @Nullable String password,
            String folder,
            @Nullable UUID teamId,
            @Nullable UUID categoryId,
            boolean enabled) {}
}
