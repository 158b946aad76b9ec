package org.helpdesk.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** What an administrator submits to define a policy; targets are in minutes of business time. */
public record SlaPolicyDraft(
        @Nullable String name,
        @Nullable String priority,
        @Nullable CategoryId categoryId,
        @Nullable CalendarId calendarId,
        int firstResponseMinutes,
        int resolutionMinutes) {

    private static final int MAX_MINUTES = 60 * 24 * 90;

    void validate(Set<String> priorities) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        if (priority == null || !priorities.contains(priority)) {
            violations.add(new FieldViolation("priority", "unknown_value", "must be one of " + priorities));
        }
        if (firstResponseMinutes < 1 || firstResponseMinutes > MAX_MINUTES) {
            violations.add(new FieldViolation("firstResponseMinutes", "out_of_range", "must be 1.." + MAX_MINUTES));
        }
        if (resolutionMinutes < 1 || resolutionMinutes > MAX_MINUTES) {
            violations.add(new FieldViolation("resolutionMinutes", "out_of_range", "must be 1.." + MAX_MINUTES));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
