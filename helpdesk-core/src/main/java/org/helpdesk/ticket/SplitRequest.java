package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** Splits a second matter out of a ticket: the chosen messages move to a new ticket with this subject. */
public record SplitRequest(
        @Nullable String subject, @Nullable List<String> messageIds) {

    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("subject", subject, TicketDraft.SUBJECT_MAX, violations);
        List<UUID> ids = new ArrayList<>();
        if (messageIds == null || messageIds.isEmpty()) {
            violations.add(new FieldViolation("messageIds", "required", "choose the messages to split off"));
        } else {
            for (String id : messageIds) {
                UUID parsed = Ids.parse("messageIds", id, violations);
                if (parsed != null) {
                    ids.add(parsed);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(subject.strip(), ids);
    }

    public record Valid(String subject, List<UUID> messageIds) {}
}
