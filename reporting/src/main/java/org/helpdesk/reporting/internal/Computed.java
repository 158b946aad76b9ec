package org.helpdesk.reporting.internal;

import java.util.List;
import org.helpdesk.reporting.Figure;
import org.helpdesk.reporting.TrendPoint;
import org.jspecify.annotations.Nullable;

/** What a query computed for one KPI, before targets and shares are applied. */
public record Computed(Figure current, Figure previous, List<TrendPoint> trend, List<Group> groups) {

    public Computed {
        trend = List.copyOf(trend);
        groups = List.copyOf(groups);
    }

    /** One group of the breakdown in both periods. */
    public record Group(@Nullable String key, @Nullable String label, Figure current, Figure previous) {}
}
