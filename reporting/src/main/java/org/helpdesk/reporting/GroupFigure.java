package org.helpdesk.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A KPI for one group of a breakdown, e.g. one team. {@code key} is the group's id or code (null for tickets
 * without one), {@code label} its name for named groups. {@code share} is the group's part of the whole, in %:
 * of the matching tickets for ratios (e.g. of all complaints), of the base otherwise.
 */
public record GroupFigure(
        @Nullable String key,
        @Nullable String label,
        Figure current,
        Figure previous,
        @Nullable BigDecimal share,
        Rag status) {}
