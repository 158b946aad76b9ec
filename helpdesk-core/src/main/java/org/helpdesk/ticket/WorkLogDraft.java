package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** Time an agent spent on a ticket, as typed: 1 to 1,440 minutes (a day), with an optional note. */
public record WorkLogDraft(
        @Nullable Integer minutes, @Nullable String note) {

    public static final int MAX_MINUTES = 1440;
    public static final int NOTE_MAX = 500;

    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        if (minutes == null) {
            violations.add(new FieldViolation("minutes", "required", "must not be empty"));
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            violations.add(new FieldViolation("minutes", "out_of_range", "must be between 1 and " + MAX_MINUTES));
        }
        boolean hasNote = note != null && !note.isBlank();
        if (hasNote) {
            TextRules.requireText("note", note, NOTE_MAX, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(minutes, hasNote ? note.strip() : null);
    }

    public record Valid(int minutes, @Nullable String note) {}
}
