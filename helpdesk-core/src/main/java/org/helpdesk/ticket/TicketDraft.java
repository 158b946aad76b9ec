package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.customer.EmailAddress;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * What an agent (or a channel) submits to open a ticket. Fields are nullable because they arrive from
 * forms and JSON as typed; {@link #validate()} is the one place that decides what is acceptable.
 */
public record TicketDraft(
        @Nullable String subject,
        @Nullable String description,
        @Nullable String customerEmail,
        @Nullable String priority) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;

    /** Returns a valid ticket request or throws {@link InvalidInputException} listing every problem. */
    public ValidDraft validate() {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("subject", subject, SUBJECT_MAX, violations);
        TextRules.requireText("description", description, DESCRIPTION_MAX, violations);
        if (customerEmail == null || !EmailAddress.isValid(customerEmail)) {
            violations.add(new FieldViolation("customerEmail", "invalid_email", "must be a valid e-mail address"));
        }
        Priority parsed = priority == null || priority.isBlank()
                ? Priority.NORMAL
                : Priority.parse(priority).orElse(null);
        if (parsed == null) {
            violations.add(new FieldViolation("priority", "unknown_value", "must be one of LOW, NORMAL, HIGH, URGENT"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ValidDraft(subject.strip(), description.strip(), EmailAddress.normalize(customerEmail), parsed);
    }

    /** A draft that passed validation. */
    public record ValidDraft(String subject, String description, String customerEmail, Priority priority) {}
}
