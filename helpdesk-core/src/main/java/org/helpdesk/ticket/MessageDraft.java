package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A message to add to a ticket's conversation. {@code visibility}: PUBLIC (a reply, the default) or INTERNAL
 * (a note). {@code from}: AGENT (the default) or CUSTOMER, when an agent records what the customer said.
 */
public record MessageDraft(
        @Nullable String body,
        @Nullable String visibility,
        @Nullable String from) {

    public static final int BODY_MAX = 50_000;

    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("body", body, BODY_MAX, violations);
        Visibility v = visibility == null || visibility.isBlank()
                ? Visibility.PUBLIC
                : Visibility.parse(visibility).orElse(null);
        if (v == null) {
            violations.add(new FieldViolation("visibility", "unknown_value", "must be PUBLIC or INTERNAL"));
        }
        AuthorType author = from == null || from.isBlank()
                ? AuthorType.AGENT
                : AuthorType.parse(from).orElse(null);
        if (author == null || author == AuthorType.SYSTEM) {
            violations.add(new FieldViolation("from", "unknown_value", "must be AGENT or CUSTOMER"));
        }
        if (author == AuthorType.CUSTOMER && v == Visibility.INTERNAL) {
            violations.add(new FieldViolation("visibility", "invalid_value", "a customer's message is public"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(body.strip(), v, author);
    }

    public record Valid(String body, Visibility visibility, AuthorType from) {}
}
