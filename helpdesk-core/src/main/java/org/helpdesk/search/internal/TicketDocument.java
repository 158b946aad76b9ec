package org.helpdesk.search.internal;

import java.time.Instant;
import java.util.List;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * The ticket as stored in the search index, with everything the search page filters and counts by.
 * Field names are the index mapping's (see {@code tickets-v3.json}); {@code messages} are the bodies of
 * public replies and internal notes, so a word written only in the conversation finds the ticket.
 * {@code subject}, {@code description} and {@code messages} are analysed language-neutrally (no stemming);
 * the same texts are copied into {@code ru}, {@code bg} or {@code en} — only the one of the ticket's language,
 * so only that language's stemmer reads them. {@code sentiment} and {@code themes} come from the analysis of
 * what the customer wrote ({@link CustomerVoice}).
 */
record TicketDocument(
        String id,
        long number,
        String subject,
        String description,
        List<String> messages,
        @Nullable LanguageText ru,
        @Nullable LanguageText bg,
        @Nullable LanguageText en,
        String status,
        String priority,
        String channel,
        String type,
        @Nullable String language,
        List<String> tags,
        @Nullable Named product,
        @Nullable Named category,
        @Nullable Named team,
        @Nullable String assignee,
        String customerEmail,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        boolean slaBreached,
        boolean escalated,
        boolean repeatContact,
        boolean reopened,
        int reopenCount,
        String createdAt,
        String updatedAt,
        @Nullable String resolvedAt,
        @Nullable String sentiment,
        List<String> themes) {

    /** The languages with a stemmer in the index; text in any other language is found by its exact words only. */
    static final List<String> STEMMED = List.of("ru", "bg", "en");

    /** The ticket's texts as one language's analyzer reads them. */
    record LanguageText(String subject, String description, List<String> messages) {}

    /** A product, category or team: filtered by id, shown by name. */
    record Named(String id, String name) {

        static @Nullable Named of(@Nullable NamedRef ref) {
            return ref == null ? null : new Named(ref.id().toString(), ref.name());
        }
    }

    static TicketDocument of(Ticket ticket, List<String> messages, CustomerVoice voice) {
        var classification = ticket.classification();
        var progress = ticket.progress();
        var assignee = ticket.assignment().assignee();
        String language = textLanguage(classification.language(), voice.language());
        LanguageText text = new LanguageText(ticket.subject(), ticket.description(), List.copyOf(messages));
        return new TicketDocument(
                ticket.id().toString(),
                ticket.number(),
                ticket.subject(),
                ticket.description(),
                List.copyOf(messages),
                "ru".equals(language) ? text : null,
                "bg".equals(language) ? text : null,
                "en".equals(language) ? text : null,
                ticket.status().name(),
                ticket.priority().name(),
                classification.channel().name(),
                classification.type().name(),
                classification.language(),
                classification.tags(),
                Named.of(classification.product()),
                Named.of(classification.category()),
                Named.of(ticket.assignment().team()),
                assignee == null ? null : assignee.username(),
                ticket.customerEmail(),
                ticket.sla().firstResponseBreached(),
                ticket.sla().resolutionBreached(),
                ticket.sla().breached(),
                progress.escalated(),
                ticket.links().repeatOf() != null,
                progress.reopenCount() > 0,
                progress.reopenCount(),
                ticket.createdAt().toString(),
                ticket.updatedAt().toString(),
                text(progress.resolvedAt()),
                voice.sentiment(),
                voice.themes());
    }

    /**
     * The language whose stemmer reads the texts: the ticket's own (set at intake or by an agent), else the one the
     * analyzer detected in the customer's request; null (neutral analysis only) when neither is stemmed here.
     */
    static @Nullable String textLanguage(@Nullable String ticketLanguage, @Nullable String detected) {
        String chosen = ticketLanguage != null ? ticketLanguage : detected;
        if (chosen == null) {
            return null;
        }
        String code = chosen.strip().toLowerCase(java.util.Locale.ROOT);
        return STEMMED.contains(code) ? code : null;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
