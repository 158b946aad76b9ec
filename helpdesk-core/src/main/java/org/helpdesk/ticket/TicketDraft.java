package org.helpdesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpdesk.customer.CustomerDetails;
import org.helpdesk.customer.EmailAddress;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * What an agent (or a channel) submits to open a ticket. Fields are nullable because they arrive from
 * forms and JSON as typed; {@link #validate()} is the one place that decides what is acceptable.
 * Ids of category, product and team are UUIDs; {@code assignee} is a username. Phone and chat contacts may carry
 * when they entered the queue and when an agent picked them up ({@link QueueTimes}).
 */
public record TicketDraft(
        @Nullable String subject,
        @Nullable String description,
        @Nullable String customerEmail,
        @Nullable String priority,
        @Nullable String customerName,
        @Nullable String customerPhone,
        @Nullable String channel,
        @Nullable String type,
        @Nullable String categoryId,
        @Nullable String productId,
        @Nullable String teamId,
        @Nullable String assignee,
        @Nullable List<String> tags,
        @Nullable String language,
        @Nullable Instant queuedAt,
        @Nullable Instant pickedUpAt) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;

    public TicketDraft(
            @Nullable String subject,
            @Nullable String description,
            @Nullable String customerEmail,
            @Nullable String priority) {
        this(subject, description, customerEmail, priority, null, null, null, null, null, null, null, null, null, null);
    }

    /** A draft without queue times (every channel but phone and chat). */
    public TicketDraft(
            @Nullable String subject,
            @Nullable String description,
            @Nullable String customerEmail,
            @Nullable String priority,
            @Nullable String customerName,
            @Nullable String customerPhone,
            @Nullable String channel,
            @Nullable String type,
            @Nullable String categoryId,
            @Nullable String productId,
            @Nullable String teamId,
            @Nullable String assignee,
            @Nullable List<String> tags,
            @Nullable String language) {
        this(
                subject,
                description,
                customerEmail,
                priority,
                customerName,
                customerPhone,
                channel,
                type,
                categoryId,
                productId,
                teamId,
                assignee,
                tags,
                language,
                null,
                null);
    }

    /** The same draft with queue times. */
    public TicketDraft queued(@Nullable Instant queued, @Nullable Instant pickedUp) {
        return new TicketDraft(
                subject,
                description,
                customerEmail,
                priority,
                customerName,
                customerPhone,
                channel,
                type,
                categoryId,
                productId,
                teamId,
                assignee,
                tags,
                language,
                queued,
                pickedUp);
    }

    /** Returns a valid ticket request or throws {@link InvalidInputException} listing every problem. */
    public ValidDraft validate() {
        return validate(Instant.MAX);
    }

    /** As {@link #validate()}, also refusing queue times after {@code now}. */
    public ValidDraft validate(Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("subject", subject, SUBJECT_MAX, violations);
        TextRules.requireText("description", description, DESCRIPTION_MAX, violations);
        if (customerEmail == null || !EmailAddress.isValid(customerEmail)) {
            violations.add(new FieldViolation("customerEmail", "invalid_email", "must be a valid e-mail address"));
        }
        Priority parsedPriority = option(priority, Priority.NORMAL, Priority::parse, "priority", violations);
        Channel parsedChannel = option(channel, Channel.WEB, Channel::parse, "channel", violations);
        TicketType parsedType = option(type, TicketType.QUESTION, TicketType::parse, "type", violations);
        UUID category = Ids.parse("categoryId", categoryId, violations);
        UUID product = Ids.parse("productId", productId, violations);
        UUID team = Ids.parse("teamId", teamId, violations);
        List<String> cleanTags = Tags.normalize(tags, violations);
        CustomerDetails customer = customer(violations);
        QueueTimes queue = new QueueTimes(queuedAt, pickedUpAt);
        queue.check(parsedChannel, now, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ValidDraft(
                subject.strip(),
                description.strip(),
                customer,
                parsedPriority,
                parsedChannel,
                parsedType,
                category,
                product,
                team,
                assignee == null || assignee.isBlank() ? null : assignee.strip(),
                cleanTags,
                customer.language(),
                queue);
    }

    private @Nullable CustomerDetails customer(List<FieldViolation> violations) {
        if (customerEmail == null || !EmailAddress.isValid(customerEmail)) {
            return null;
        }
        try {
            return new CustomerDetails(customerEmail, customerName, customerPhone, language, null, null).validate();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static <E> @Nullable E option(
            @Nullable String value,
            E fallback,
            java.util.function.Function<String, java.util.Optional<E>> parse,
            String field,
            List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return parse.apply(value).orElseGet(() -> {
            violations.add(new FieldViolation(
                    field, "unknown_value", "must be one of the offered values, not '" + shorten(value) + "'"));
            return null;
        });
    }

    private static String shorten(String value) {
        String text = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return text.toUpperCase(Locale.ROOT);
    }

    /** A draft that passed validation. */
    public record ValidDraft(
            String subject,
            String description,
            CustomerDetails customer,
            Priority priority,
            Channel channel,
            TicketType type,
            @Nullable UUID categoryId,
            @Nullable UUID productId,
            @Nullable UUID teamId,
            @Nullable String assignee,
            List<String> tags,
            @Nullable String language,
            QueueTimes queue) {

        public String customerEmail() {
            return customer.email();
        }
    }
}
