package org.helpdesk.ticketimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a ticket file holds what. {@code created} is required, and {@code subject} or {@code description};
 * everything else is optional. {@code status} values such as "Closed with explanation" or "Resolved" make a resolved
 * ticket, "In progress" or "Open" an open one; {@code respondedOnTime} (yes/no) is the other helpdesk's
 * first-response SLA outcome. {@code defaultType} (COMPLAINT when blank) and {@code defaultChannel} (WEB when blank)
 * apply when no column gives one.
 */
public record TicketImportMapping(
        @Nullable String externalId,
        @Nullable String created,
        @Nullable String type,
        @Nullable String subject,
        @Nullable String description,
        @Nullable String customerName,
        @Nullable String customerEmail,
        @Nullable String customerExternalId,
        @Nullable String product,
        @Nullable String category,
        @Nullable String channel,
        @Nullable String status,
        @Nullable String resolved,
        @Nullable String respondedOnTime,
        @Nullable String defaultType,
        @Nullable String defaultChannel) {

    public TicketImportMapping {
        externalId = blankToNull(externalId);
        created = blankToNull(created);
        type = blankToNull(type);
        subject = blankToNull(subject);
        description = blankToNull(description);
        customerName = blankToNull(customerName);
        customerEmail = blankToNull(customerEmail);
        customerExternalId = blankToNull(customerExternalId);
        product = blankToNull(product);
        category = blankToNull(category);
        channel = blankToNull(channel);
        status = blankToNull(status);
        resolved = blankToNull(resolved);
        respondedOnTime = blankToNull(respondedOnTime);
        defaultType = blankToNull(defaultType);
        defaultChannel = blankToNull(defaultChannel);
    }

    /** The type of tickets whose row names none. */
    public TicketType typeByDefault() {
        return defaultType == null
                ? TicketType.COMPLAINT
                : TicketType.parse(defaultType).orElse(TicketType.COMPLAINT);
    }

    /** The channel of tickets whose row names none (or one the desk does not have). */
    public Channel channelByDefault() {
        return defaultChannel == null
                ? Channel.WEB
                : Channel.parse(defaultChannel).orElse(Channel.WEB);
    }

    /** Checks the mapping against the file's columns; every problem at once. */
    public void validate(Collection<String> columns) {
        List<FieldViolation> errors = new ArrayList<>();
        if (created == null) {
            errors.add(new FieldViolation("created", "required", "map the column with the date the ticket was opened"));
        }
        if (subject == null && description == null) {
            errors.add(new FieldViolation(
                    "subject", "required", "map the subject column, the description column or both"));
        }
        if (defaultType != null && TicketType.parse(defaultType).isEmpty()) {
            errors.add(new FieldViolation(
                    "defaultType", "unknown_value", "the type is COMPLAINT, QUESTION, REQUEST or INCIDENT"));
        }
        if (defaultChannel != null && Channel.parse(defaultChannel).isEmpty()) {
            errors.add(new FieldViolation(
                    "defaultChannel", "unknown_value", "the channel is EMAIL, PHONE, WEB, CHAT, SOCIAL or IN_PERSON"));
        }
        columns().forEach((field, column) -> {
            if (column != null && !columns.contains(column)) {
                errors.add(new FieldViolation(field, "unknown_column", "the file has no column \"" + column + "\""));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Map<String, @Nullable String> columns() {
        Map<String, @Nullable String> byField = new LinkedHashMap<>();
        byField.put("externalId", externalId);
        byField.put("created", created);
        byField.put("type", type);
        byField.put("subject", subject);
        byField.put("description", description);
        byField.put("customerName", customerName);
        byField.put("customerEmail", customerEmail);
        byField.put("customerExternalId", customerExternalId);
        byField.put("product", product);
        byField.put("category", category);
        byField.put("channel", channel);
        byField.put("status", status);
        byField.put("resolved", resolved);
        byField.put("respondedOnTime", respondedOnTime);
        return byField;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
