package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A request to move a ticket to another status, made against the version the agent saw. */
public record StatusChange(
        @Nullable Long version,
        @Nullable String status,
        @Nullable String pendingReason) {

    public Valid validate() {
        List<FieldViolation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new FieldViolation("version", "required", "send the version you are changing"));
        }
        TicketStatus target = status == null ? null : TicketStatus.parse(status).orElse(null);
        if (target == null) {
            violations.add(new FieldViolation(
                    "status", "unknown_value", "must be one of NEW, OPEN, PENDING, RESOLVED, CLOSED"));
        }
        PendingReason reason = pendingReason == null || pendingReason.isBlank()
                ? null
                : PendingReason.parse(pendingReason).orElse(null);
        if (pendingReason != null && !pendingReason.isBlank() && reason == null) {
            violations.add(new FieldViolation(
                    "pendingReason", "unknown_value", "must be WAITING_ON_CUSTOMER or WAITING_ON_THIRD_PARTY"));
        }
        if (target == TicketStatus.PENDING && reason == null && violations.isEmpty()) {
            violations.add(new FieldViolation("pendingReason", "required", "say whom the ticket waits for"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Valid(version, target, reason);
    }

    public record Valid(
            long version, TicketStatus status, @Nullable PendingReason pendingReason) {}
}
