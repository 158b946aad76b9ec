package org.helpdesk.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mails the desk sends, each with the placeholders its template may use: to customers about their tickets, and
 * scheduled reports to the recipients an administrator or quality manager configured.
 */
public enum MailKind {
    /** A new ticket was registered. */
    RECEIVED(List.of("ticket", "subject", "customerName", "statusLink")),
    /** An agent answered; {@code message} is the answer. */
    REPLIED(List.of("ticket", "subject", "customerName", "statusLink", "message", "agentName")),
    /** The ticket was resolved. */
    RESOLVED(List.of("ticket", "subject", "customerName", "statusLink")),
    /** A satisfaction survey. */
    SURVEY(List.of("ticket", "subject", "customerName", "statusLink", "surveyLink", "surveyValidUntil")),
    /** A scheduled report, its files attached; not about a ticket. */
    REPORT(List.of("scheduleName", "period", "files"));

    private final List<String> placeholders;

    MailKind(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    public List<String> placeholders() {
        return placeholders;
    }

    public static Optional<MailKind> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
