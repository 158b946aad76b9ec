package org.helpdesk.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A computed report. Every view of it (page, JSON, CSV, XLSX, PDF) is rendered from this one object, so they
 * cannot disagree. {@code currency} is the ISO code money figures are in ({@code helpdesk.reporting.currency}).
 */
public record Report(
        ReportQuery query,
        Period previousPeriod,
        Instant generatedAt,
        List<KpiResult> kpis,
        List<AgeBucket> backlogAgeing,
        String currency) {

    public Report {
        kpis = List.copyOf(kpis);
        backlogAgeing = List.copyOf(backlogAgeing);
    }

    /** The unit of a KPI's values in words; money is in the report's currency ("EUR per complaint"). */
    public String unitText(Kpi kpi, ReportLabels labels) {
        return labels.text("report.unit." + kpi.unit(), currency);
    }

    public Optional<KpiResult> result(Kpi kpi) {
        return kpis.stream().filter(r -> r.kpi() == kpi).findFirst();
    }
}
