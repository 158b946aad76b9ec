package org.helpdesk.reporting;

import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One report: the period (compared with {@link Period#previous()}), the step of its trends, an optional
 * breakdown, the filters, and whose tickets the reader may see.
 */
public record ReportQuery(
        Period period, Granularity trend, @Nullable Dimension breakdown, ReportFilter filter, ReportScope scope) {

    public ReportQuery {
        if (trend.buckets(period).size() > Granularity.MAX_POINTS) {
            throw InvalidInputException.of(
                    "trend",
                    "too_many_points",
                    "at most " + Granularity.MAX_POINTS + " trend points; choose a longer step");
        }
    }

    public static ReportQuery of(Period period) {
        return new ReportQuery(period, Granularity.defaultFor(period), null, ReportFilter.none(), ReportScope.all());
    }

    public ReportQuery by(@Nullable Dimension dimension) {
        return new ReportQuery(period, trend, dimension, filter, scope);
    }

    public ReportQuery withTrend(Granularity value) {
        return new ReportQuery(period, value, breakdown, filter, scope);
    }

    public ReportQuery withFilter(ReportFilter value) {
        return new ReportQuery(period, trend, breakdown, value, scope);
    }

    public ReportQuery withScope(ReportScope value) {
        return new ReportQuery(period, trend, breakdown, filter, value);
    }

    public ReportQuery withPeriod(Period value) {
        return new ReportQuery(value, trend, breakdown, filter, scope);
    }
}
