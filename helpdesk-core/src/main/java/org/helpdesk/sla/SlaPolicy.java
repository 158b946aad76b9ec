package org.helpdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.catalog.CategoryId;
import org.jspecify.annotations.Nullable;

/**
 * The service level promised for tickets of one priority (and optionally one category): how soon the
 * first answer and the resolution are due, counted in the calendar's business time.
 *
 * @param priority a ticket priority name: LOW, NORMAL, HIGH or URGENT
 */
public record SlaPolicy(
        UUID id,
        String name,
        String priority,
        @Nullable CategoryId categoryId,
        BusinessCalendar calendar,
        Duration firstResponse,
        Duration resolution) {

    /** When the first response is due for a ticket opened at {@code start} whose clock stood still in {@code pauses}. */
    public Instant firstResponseDue(Instant start, List<PausedSpan> pauses) {
        return due(start, firstResponse, pauses);
    }

    public Instant resolutionDue(Instant start, List<PausedSpan> pauses) {
        return due(start, resolution, pauses);
    }

    /**
     * Business time passes only while the clock runs: each pause that began before the deadline pushes the
     * deadline out by the business time it swallowed. A pause that began after the deadline changes nothing
     * (the target was already missed).
     */
    Instant due(Instant start, Duration target, List<PausedSpan> pauses) {
        Instant due = calendar.plus(start, target);
        for (PausedSpan pause : pauses.stream()
                .sorted(java.util.Comparator.comparing(PausedSpan::from))
                .toList()) {
            if (pause.from().isBefore(due)) {
                Duration remaining = calendar.between(pause.from(), due);
                due = calendar.plus(pause.to(), remaining);
            }
        }
        return due;
    }
}
