package org.helpdesk.reporting;

import java.time.LocalDate;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The tickets behind one figure of a report: the KPI, which period (current or previous), optionally one trend
 * step ({@code bucket}) or one breakdown group ({@code group}, with {@link #NO_GROUP} for tickets without a
 * value), and which part: all tickets the figure rests on, or only the matching ones (the numerator; for
 * durations, those within the target).
 */
public record DrillRequest(
        ReportQuery query,
        Kpi kpi,
        boolean previousPeriod,
        @Nullable LocalDate bucket,
        @Nullable String group,
        Part part,
        int page,
        int size) {

    /** The group key that stands for "none" (a ticket without team, product, ...). */
    public static final String NO_GROUP = "-";

    public static final int MAX_SIZE = 200;

    public enum Part {
        ALL,
        MATCHING
    }

    public DrillRequest {
        if (page < 0) {
            throw InvalidInputException.of("page", "out_of_range", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "out_of_range", "must be 1.." + MAX_SIZE);
        }
        if (group != null && query.breakdown() == null) {
            throw InvalidInputException.of("group", "without_breakdown", "a group needs a breakdown dimension");
        }
        if (group != null && !query.breakdown().appliesTo(kpi.source())) {
            throw InvalidInputException.of(
                    "group",
                    "not_applicable",
                    "this KPI has no groups by " + query.breakdown().id());
        }
    }

    public Period period() {
        return previousPeriod ? query.period().previous() : query.period();
    }
}
