package org.helpdesk.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A computed report. Every view of it (page, JSON, CSV, XLSX, PDF) is rendered from this one object, so they
 * cannot disagree.
 */
public record Report(
        ReportQuery query,
        Period previousPeriod,
        Instant generatedAt,
        List<KpiResult> kpis,
        List<AgeBucket> backlogAgeing) {

    public Report {
        kpis = List.copyOf(kpis);
        backlogAgeing = List.copyOf(backlogAgeing);
    }

    public Optional<KpiResult> result(Kpi kpi) {
        return kpis.stream().filter(r -> r.kpi() == kpi).findFirst();
    }
}
