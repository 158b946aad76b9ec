package org.helpdesk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * What the search page filters and counts tickets by. {@link #param()} is the name in URLs and the API;
 * {@link #field()} the index field. Products, categories and teams are filtered by id and shown by name.
 */
public enum Facet {
    STATUS("status", "status", null, Facet::status),
    PRIORITY("priority", "priority", null, Facet::priority),
    PRODUCT("product", "product.id", "product.name", Facet::uuid),
    CATEGORY("category", "category.id", "category.name", Facet::uuid),
    CHANNEL("channel", "channel", null, Facet::channel),
    TYPE("type", "type", null, Facet::type),
    TEAM("team", "team.id", "team.name", Facet::uuid),
    ASSIGNEE("assignee", "assignee", null, Facet::username),
    LANGUAGE("language", "language", null, Facet::language),
    SLA_BREACHED("slaBreached", "slaBreached", null, Facet::flag),
    ESCALATED("escalated", "escalated", null, Facet::flag),
    REPEAT_CONTACT("repeatContact", "repeatContact", null, Facet::flag),
    REOPENED("reopened", "reopened", null, Facet::flag),
    /** The sentiment of the customer's latest analysed message (see docs/search.md). */
    SENTIMENT("sentiment", "sentiment", null, Facet::sentiment),
    /** The themes of the customer's messages: theme ids of the taxonomy. */
    THEME("theme", "themes", null, Facet::theme);

    private static final Pattern USERNAME = Pattern.compile("^[\\p{L}\\p{N}._@+-]{1,100}$");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}$");
    private static final Pattern THEME_ID = Pattern.compile("^[a-z][a-z0-9_-]{1,39}$");
    private static final java.util.Set<String> SENTIMENTS = java.util.Set.of("negative", "neutral", "positive");

    private final String param;
    private final String field;
    private final @Nullable String labelField;
    private final UnaryOperator<@Nullable String> normalizer;

    Facet(String param, String field, @Nullable String labelField, UnaryOperator<@Nullable String> normalizer) {
        this.param = param;
        this.field = field;
        this.labelField = labelField;
        this.normalizer = normalizer;
    }

    public String param() {
        return param;
    }

    public String field() {
        return field;
    }

    /** The field holding the name shown for a value, for facets whose values are ids. */
    public @Nullable String labelField() {
        return labelField;
    }

    /** Yes/no facets: their values are {@code true} and {@code false}. */
    public boolean isFlag() {
        return switch (this) {
            case SLA_BREACHED, ESCALATED, REPEAT_CONTACT, REOPENED -> true;
            default -> false;
        };
    }

    public static Optional<Facet> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** The value as the index holds it; an {@link InvalidInputException} naming this facet when it is not one. */
    public String normalize(String raw) {
        String value = normalizer.apply(raw.strip());
        if (value == null) {
            throw InvalidInputException.of(param, "invalid_value", "is not a valid " + param + ": " + shorten(raw));
        }
        return value;
    }

    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    private static @Nullable String status(@Nullable String v) {
        return v == null ? null : enumName(TicketStatus.class, v);
    }

    private static @Nullable String priority(@Nullable String v) {
        return v == null ? null : Priority.parse(v).map(Enum::name).orElse(null);
    }

    private static @Nullable String channel(@Nullable String v) {
        return v == null ? null : Channel.parse(v).map(Enum::name).orElse(null);
    }

    private static @Nullable String type(@Nullable String v) {
        return v == null ? null : TicketType.parse(v).map(Enum::name).orElse(null);
    }

    private static <E extends Enum<E>> @Nullable String enumName(Class<E> type, String v) {
        String wanted = v.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .filter(wanted::equals)
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String uuid(@Nullable String v) {
        try {
            return v == null || v.length() != 36 ? null : UUID.fromString(v).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String username(@Nullable String v) {
        return v != null && USERNAME.matcher(v).matches() ? v : null;
    }

    private static @Nullable String language(@Nullable String v) {
        String code = v == null ? "" : v.toLowerCase(Locale.ROOT);
        return LANGUAGE_CODE.matcher(code).matches() ? code : null;
    }

    private static @Nullable String sentiment(@Nullable String v) {
        String label = v == null ? "" : v.toLowerCase(Locale.ROOT);
        return SENTIMENTS.contains(label) ? label : null;
    }

    private static @Nullable String theme(@Nullable String v) {
        return v != null && THEME_ID.matcher(v).matches() ? v : null;
    }

    private static @Nullable String flag(@Nullable String v) {
        return "true".equalsIgnoreCase(v) ? "true" : "false".equalsIgnoreCase(v) ? "false" : null;
    }
}
