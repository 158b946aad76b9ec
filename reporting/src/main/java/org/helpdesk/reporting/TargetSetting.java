package org.helpdesk.reporting;

import org.jspecify.annotations.Nullable;

/** A KPI's target in force, its default, and whether an administrator changed it. */
public record TargetSetting(
        Kpi kpi, @Nullable Target target, @Nullable Target defaultTarget, boolean custom) {}
