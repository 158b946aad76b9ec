package org.helpdesk.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A saved schedule: its definition, whose it is (the report runs with the owner's scope), the time zone its time
 * of day is in, and when it runs next.
 */
public record ReportSchedule(
        UUID id,
        String owner,
        ScheduleDraft definition,
        ZoneId zone,
        Instant nextRunAt,
        Instant createdAt,
        Instant updatedAt) {

    public String name() {
        return definition.name();
    }

    public Cadence cadence() {
        return definition.cadence(zone);
    }
}
