package org.helpdesk.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** That a customer was lost, as typed: the local day (not in the future) and why (required, up to 500 characters). */
public record CustomerLoss(@Nullable LocalDate on, @Nullable String reason) {

    public static final int REASON_MAX = 500;

    public Valid validate(LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (on == null) {
            violations.add(new FieldViolation("on", "required", "must not be empty"));
        } else if (on.isAfter(today)) {
            violations.add(new FieldViolation("on", "in_future", "must not be in the future"));
        }
        TextRules.requireText("reason", reason, REASON_MAX, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(on, reason.strip());
    }

    public record Valid(LocalDate on, String reason) {}
}
