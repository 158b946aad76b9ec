package org.helpdesk.web.mail;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.channel.MailboxDraft;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What the mailbox form posts, all as text so that nothing is lost to a conversion error before the domain has
 * judged it. The password is only ever posted, never filled in: a form built from a stored mailbox leaves it empty.
 */
record MailboxForm(
        @Nullable String name,
        @Nullable String address,
        @Nullable String host,
        @Nullable String port,
        @Nullable String security,
        @Nullable String username,
        @Nullable String password,
        @Nullable String folder,
        @Nullable String teamId,
        @Nullable String categoryId,
        @Nullable String enabled,
        @Nullable String version) {

    static MailboxForm empty() {
        return new MailboxForm(null, null, null, null, "SSL", null, null, "INBOX", null, null, "true", null);
    }

    static MailboxForm of(Mailbox box) {
        return new MailboxForm(
                box.name(),
                box.address(),
                box.host(),
                Integer.toString(box.port()),
                box.security().name(),
                box.username(),
                null,
                box.folder(),
                box.team() == null ? null : box.team().id().toString(),
                box.category() == null ? null : box.category().id().toString(),
                Boolean.toString(box.enabled()),
                Long.toString(box.version()));
    }

    /** The form as the same form again, without the password: what a page shows after a refused save. */
    MailboxForm withoutPassword() {
        return new MailboxForm(
                name, address, host, port, security, username, null, folder, teamId, categoryId, enabled, version);
    }

    /** The draft; a port or version that is not a number is reported together with whatever the draft lacks. */
    MailboxDraft toDraft() {
        List<FieldViolation> violations = new ArrayList<>();
        Integer number = null;
        if (port != null && !port.isBlank()) {
            try {
                number = Integer.valueOf(port.strip());
            } catch (NumberFormatException e) {
                violations.add(new FieldViolation("port", "invalid_value", "must be a number"));
            }
        }
        MailboxDraft draft = new MailboxDraft(
                name,
                address,
                host,
                number,
                security,
                username,
                password,
                folder,
                teamId,
                categoryId,
                "true".equals(enabled) || "on".equals(enabled));
        if (!violations.isEmpty()) {
            try {
                draft.validate(false);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            throw new InvalidInputException(violations);
        }
        return draft;
    }

    long versionNumber() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "required", "the form lacks the version it was read at");
        }
    }
}
