package org.helpdesk.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.helpdesk.ticket.TicketReference;
import org.jspecify.annotations.Nullable;

/**
 * One ticket as a line of an export, read from the index (so an export costs PostgreSQL nothing). {@code sentiment}
 * is the label of the customer's latest analysed message ({@code negative}, {@code neutral}, {@code positive}),
 * {@code themes} the theme ids of what the customer wrote (see {@code CustomerVoice}); a ticket not analysed yet has
 * neither.
 */
record ExportRow(
        long number,
        Instant createdAt,
        String status,
        String priority,
        String channel,
        @Nullable String category,
        @Nullable String product,
        @Nullable String team,
        @Nullable String assignee,
        String customerEmail,
        String subject,
        @Nullable String language,
        boolean slaBreached,
        boolean escalated,
        boolean reopened,
        @Nullable Instant resolvedAt,
        @Nullable String sentiment,
        List<String> themes) {

    /** How the themes share their cell: theme ids never hold a semicolon. */
    static final String THEME_SEPARATOR = "; ";

    static final List<String> COLUMNS = List.of(
            "Reference",
            "Created (UTC)",
            "Status",
            "Priority",
            "Channel",
            "Category",
            "Product",
            "Team",
            "Assignee",
            "Customer e-mail",
            "Subject",
            "Language",
            "SLA breached",
            "Escalated",
            "Reopened",
            "Resolved (UTC)",
            "Sentiment",
            "Themes");

    /** The index fields an export reads; the texts and messages stay in the index. */
    static final List<String> SOURCE_FIELDS = List.of(
            "number",
            "createdAt",
            "status",
            "priority",
            "channel",
            "category.name",
            "product.name",
            "team.name",
            "assignee",
            "customerEmail",
            "subject",
            "language",
            "slaBreached",
            "escalated",
            "reopened",
            "resolvedAt",
            "sentiment",
            "themes");

    ExportRow {
        themes = List.copyOf(themes);
    }

    static ExportRow of(Map<?, ?> source) {
        return new ExportRow(
                ((Number) source.get("number")).longValue(),
                instantOr(source.get("createdAt"), Instant.EPOCH),
                text(source.get("status")),
                text(source.get("priority")),
                text(source.get("channel")),
                name(source.get("category")),
                name(source.get("product")),
                name(source.get("team")),
                nullable(source.get("assignee")),
                text(source.get("customerEmail")),
                text(source.get("subject")),
                nullable(source.get("language")),
                Boolean.TRUE.equals(source.get("slaBreached")),
                Boolean.TRUE.equals(source.get("escalated")),
                Boolean.TRUE.equals(source.get("reopened")),
                source.get("resolvedAt") == null ? null : instantOr(source.get("resolvedAt"), Instant.EPOCH),
                nullable(source.get("sentiment")),
                texts(source.get("themes")));
    }

    /** The cells in {@link #COLUMNS} order: text, {@link Instant} and {@link Boolean} values, null for none. */
    List<@Nullable Object> cells() {
        return Arrays.asList(
                TicketReference.format(number),
                createdAt,
                status,
                priority,
                channel,
                category,
                product,
                team,
                assignee,
                customerEmail,
                subject,
                language,
                slaBreached,
                escalated,
                reopened,
                resolvedAt,
                sentiment,
                themes.isEmpty() ? null : String.join(THEME_SEPARATOR, themes));
    }

    ExportRow withCustomerEmail(String shown) {
        return new ExportRow(
                number,
                createdAt,
                status,
                priority,
                channel,
                category,
                product,
                team,
                assignee,
                shown,
                subject,
                language,
                slaBreached,
                escalated,
                reopened,
                resolvedAt,
                sentiment,
                themes);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static @Nullable String nullable(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** A list field of the source (a single value counts as a list of one), without blanks. */
    private static List<String> texts(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list.stream()
                    .filter(v -> v != null && !String.valueOf(v).isBlank())
                    .map(String::valueOf)
                    .toList();
        }
        return value == null || String.valueOf(value).isBlank() ? List.of() : List.of(String.valueOf(value));
    }

    private static @Nullable String name(@Nullable Object named) {
        return named instanceof Map<?, ?> map ? nullable(map.get("name")) : null;
    }

    private static Instant instantOr(@Nullable Object value, Instant fallback) {
        return value == null ? fallback : Instant.parse(String.valueOf(value));
    }
}
