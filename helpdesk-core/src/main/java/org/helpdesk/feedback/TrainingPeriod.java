package org.helpdesk.feedback;

import java.time.Instant;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which feedback a model is trained on, by when it was received: e.g. only the last year, when older comments are
 * about products or processes that changed.
 *
 * @param from received at or after this instant; {@code null} for no lower bound
 * @param until received before this instant; {@code null} for no upper bound
 */
public record TrainingPeriod(
        @Nullable Instant from, @Nullable Instant until) {

    public TrainingPeriod {
        if (from != null && until != null && !from.isBefore(until)) {
            throw InvalidInputException.of("until", "period_reversed", "the end of the period must be after its start");
        }
    }

    /** All feedback ever received. */
    public static TrainingPeriod all() {
        return new TrainingPeriod(null, null);
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + " – " + (until == null ? "…" : until.toString());
    }
}
