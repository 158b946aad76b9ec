package org.helpdesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * When a phone call or chat entered the queue and when an agent picked it up, for the wait-time KPI. Only phone
 * and chat contacts queue; a pickup needs a queue entry, is not before it and, like the entry, not in the future.
 */
public record QueueTimes(
        @Nullable Instant queuedAt, @Nullable Instant pickedUpAt) {

    public static final QueueTimes NONE = new QueueTimes(null, null);

    public boolean recorded() {
        return queuedAt != null || pickedUpAt != null;
    }

    /** Throws {@link InvalidInputException} listing every rule these times break for a ticket of {@code channel}. */
    public QueueTimes validate(@Nullable Channel channel, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        check(channel, now, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    /** Adds to {@code violations} every rule these times break for a ticket of {@code channel}. */
    public void check(@Nullable Channel channel, Instant now, List<FieldViolation> violations) {
        if (recorded() && !queues(channel)) {
            violations.add(new FieldViolation("queuedAt", "not_queued_channel", "only phone and chat contacts queue"));
        }
        if (queuedAt != null && queuedAt.isAfter(now)) {
            violations.add(new FieldViolation("queuedAt", "in_future", "must not be in the future"));
        }
        checkPickup(pickedUpAt, queuedAt, now, violations);
    }

    /** Adds what is wrong with picking a contact queued at {@code queuedAt} up at {@code pickedUpAt}. */
    static void checkPickup(
            @Nullable Instant pickedUpAt, @Nullable Instant queuedAt, Instant now, List<FieldViolation> violations) {
        if (pickedUpAt == null) {
            return;
        }
        if (queuedAt == null) {
            violations.add(new FieldViolation("pickedUpAt", "without_queue", "needs the time the contact was queued"));
        } else if (pickedUpAt.isBefore(queuedAt)) {
            violations.add(new FieldViolation("pickedUpAt", "before_queue", "must not be before the queue entry"));
        }
        if (pickedUpAt.isAfter(now)) {
            violations.add(new FieldViolation("pickedUpAt", "in_future", "must not be in the future"));
        }
    }

    static boolean queues(@Nullable Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT;
    }
}
