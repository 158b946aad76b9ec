package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A change to a ticket's fields, made against the {@code version} the agent saw. A null field is left as
 * it is; an empty string clears category, product or language. Tags, when given, replace the ticket's tags.
 */
public record TicketUpdate(
        @Nullable Long version,
        @Nullable String subject,
        @Nullable String priority,
        @Nullable String type,
        @Nullable String channel,
        @Nullable String categoryId,
        @Nullable String productId,
        @Nullable String language,
        @Nullable List<String> tags) {

    /** Checks every given field and returns the parsed change; throws {@link InvalidInputException} listing all problems. */
    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new FieldViolation("version", "required", "send the version you are changing"));
        }
        if (subject != null) {
            TextRules.requireText("subject", subject, TicketDraft.SUBJECT_MAX, violations);
        }
        Priority p = parse(priority, Priority::parse, "priority", violations);
        TicketType t = parse(type, TicketType::parse, "type", violations);
        Channel c = parse(channel, Channel::parse, "channel", violations);
        UUID category = Ids.parse("categoryId", categoryId, violations);
        UUID product = Ids.parse("productId", productId, violations);
        if (language != null && !language.isBlank() && !language.strip().matches("^[a-zA-Z]{2,3}$")) {
            violations.add(new FieldViolation("language", "unknown_value", "must be a language code such as ru"));
        }
        List<String> cleanTags = tags == null ? null : Tags.normalize(tags, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(
                version,
                subject == null ? null : subject.strip(),
                p,
                t,
                c,
                categoryId == null ? null : new Choice(category),
                productId == null ? null : new Choice(product),
                language == null ? null : new Choice(null).withText(language),
                cleanTags);
    }

    private static <E> @Nullable E parse(
            @Nullable String value,
            java.util.function.Function<String, java.util.Optional<E>> parser,
            String field,
            List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        var parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown_value", "must be one of the offered values"));
        }
        return parsed.orElse(null);
    }

    /** A field that is being set: to an id, to a text, or cleared (both null). */
    public record Choice(@Nullable UUID id, @Nullable String text) {

        Choice(@Nullable UUID id) {
            this(id, null);
        }

        Choice withText(String value) {
            return new Choice(id, value.isBlank() ? null : value.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** An update that passed validation; null fields are not changed. */
    public record Valid(
            long version,
            @Nullable String subject,
            @Nullable Priority priority,
            @Nullable TicketType type,
            @Nullable Channel channel,
            @Nullable Choice category,
            @Nullable Choice product,
            @Nullable Choice language,
            @Nullable List<String> tags) {}
}
