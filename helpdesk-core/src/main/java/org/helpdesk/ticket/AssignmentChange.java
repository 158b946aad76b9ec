package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Puts a ticket into a team's queue and/or gives it to an agent, against the version the agent saw.
 * An empty {@code teamId} or {@code assignee} clears it; a null one leaves it as it is.
 */
public record AssignmentChange(
        @Nullable Long version,
        @Nullable String teamId,
        @Nullable String assignee) {

    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new FieldViolation("version", "required", "send the version you are changing"));
        }
        UUID team = Ids.parse("teamId", teamId, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(
                version,
                teamId != null,
                team,
                assignee != null,
                assignee == null || assignee.isBlank() ? null : assignee.strip());
    }

    public record Valid(
            long version,
            boolean changesTeam,
            @Nullable UUID teamId,
            boolean changesAssignee,
            @Nullable String assignee) {}
}
