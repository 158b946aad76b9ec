package org.helpdesk.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A KPI for the report's period: its value, the previous period's, the change between them (in the KPI's unit,
 * percentage points for percentages), the status against the target, the trend and the breakdown.
 */
public record KpiResult(
        Kpi kpi,
        @Nullable Target target,
        Figure current,
        Figure previous,
        @Nullable BigDecimal change,
        Rag status,
        List<TrendPoint> trend,
        List<GroupFigure> breakdown) {

    public KpiResult {
        trend = List.copyOf(trend);
        breakdown = List.copyOf(breakdown);
    }
}
