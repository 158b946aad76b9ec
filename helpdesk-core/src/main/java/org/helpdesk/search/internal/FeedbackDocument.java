package org.helpdesk.search.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feedback item as stored in the search index (see {@code feedback-v1.json}). The comment is analysed
 * language-neutrally and, copied into {@code ru}, {@code bg} or {@code en}, by the stemmer of the item's language
 * only (given with the item, else detected by the analyzer). {@code sentiment} and {@code themes} are the effective
 * ones: a quality manager's correction, else the analyzer's ({@code corrected} says whether the sentiment was
 * corrected).
 */
record FeedbackDocument(
        String id,
        @Nullable String comment,
        @Nullable Comment ru,
        @Nullable Comment bg,
        @Nullable Comment en,
        String source,
        @Nullable String kind,
        @Nullable Integer score,
        @Nullable String channel,
        @Nullable String language,
        TicketDocument.@Nullable Named product,
        @Nullable String ticketId,
        @Nullable String sentiment,
        boolean corrected,
        List<String> themes,
        String receivedAt,
        @Nullable String analyzedAt) {

    /** The comment as one language's analyzer reads it. */
    record Comment(String comment) {}

    FeedbackDocument {
        themes = List.copyOf(themes);
    }

    /** The stored item, with {@code comment} and {@code language} as in the row; the language picks the stemmer. */
    static FeedbackDocument of(FeedbackRow row) {
        String language = TicketDocument.textLanguage(row.language(), null);
        Comment text = row.comment() == null ? null : new Comment(row.comment());
        return new FeedbackDocument(
                row.id(),
                row.comment(),
                "ru".equals(language) ? text : null,
                "bg".equals(language) ? text : null,
                "en".equals(language) ? text : null,
                row.source(),
                row.kind(),
                row.score(),
                row.channel(),
                row.language(),
                row.productId() == null ? null : new TicketDocument.Named(row.productId(), row.productName()),
                row.ticketId(),
                row.correctedLabel() != null ? row.correctedLabel() : row.sentimentLabel(),
                row.correctedLabel() != null,
                row.correctedThemes() != null ? row.correctedThemes() : row.themes(),
                row.receivedAt(),
                row.analyzedAt());
    }

    /** A row of {@code feedback_item} as the index needs it; themes as theme ids, null when there is no correction. */
    record FeedbackRow(
            String id,
            long revision,
            @Nullable String comment,
            String source,
            @Nullable String kind,
            @Nullable Integer score,
            @Nullable String channel,
            @Nullable String language,
            @Nullable String productId,
            String productName,
            @Nullable String ticketId,
            @Nullable String sentimentLabel,
            @Nullable String correctedLabel,
            List<String> themes,
            @Nullable List<String> correctedThemes,
            String receivedAt,
            @Nullable String analyzedAt) {}
}
