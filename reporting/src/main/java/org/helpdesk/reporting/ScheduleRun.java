package org.helpdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run of a scheduled report: when, on time or by hand (and by whom), which period it covered, and whether its
 * mails were queued ({@code mails} of them, one per recipient) or why not.
 */
public record ScheduleRun(
        UUID id,
        UUID scheduleId,
        Instant ranAt,
        Trigger trigger,
        String actor,
        LocalDate periodFrom,
        LocalDate periodTo,
        Outcome outcome,
        int mails,
        @Nullable String error) {

    public enum Trigger {
        SCHEDULE,
        MANUAL
    }

    public enum Outcome {
        SENT,
        FAILED
    }
}
