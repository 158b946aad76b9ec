package org.helpdesk.channel;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The subject and text of one kind of mail in one language. {@code custom}: changed by an admin (then
 * {@code updatedBy}/{@code updatedAt} say who and when); otherwise the built-in text.
 */
public record MailTemplate(
        MailKind kind,
        String language,
        String subject,
        String body,
        boolean custom,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {}
