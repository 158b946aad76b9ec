/**
 * Customer-service KPIs: the catalogue ({@link org.helpdesk.reporting.Kpi}), their targets
 * ({@link org.helpdesk.reporting.KpiTargets}), the computation for a period with comparison, trend,
 * breakdown and drill-down ({@link org.helpdesk.reporting.Reports}), and exports
 * ({@link org.helpdesk.reporting.ReportExports}). Reads the core's tables with set-based SQL and never
 * writes them; the formulas are written down in {@code docs/kpi.md}.
 */
@NullMarked
package org.helpdesk.reporting;

import org.jspecify.annotations.NullMarked;
