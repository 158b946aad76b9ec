package org.helpdesk.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.reporting.AgeBucket;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.DrillPage;
import org.helpdesk.reporting.DrillRequest;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs the SQL of the computed KPIs: one query per family of KPIs, plus backlog and churn. */
public final class KpiQueries {

    private final JdbcClient jdbc;

    public KpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Outcome(Map<Kpi, Computed> computed, List<AgeBucket> ageing) {}

    public Outcome compute(ReportQuery asked, Collection<Kpi> kpis, Map<Kpi, Target> targets, Instant now) {
        UUID calendar = defaultCalendar();
        Map<Family, List<KpiDefinition>> byFamily = new EnumMap<>(Family.class);
        for (Kpi kpi : kpis) {
            KpiDefinition d = KpiDefinition.of(kpi);
            byFamily.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(d);
        }
        Map<Kpi, Computed> computed = new EnumMap<>(Kpi.class);
        List<AgeBucket> ageing = List.of();
        for (Map.Entry<Family, List<KpiDefinition>> family : byFamily.entrySet()) {
            ReportQuery query = grouped(family.getKey(), asked);
            switch (family.getKey()) {
                case BACKLOG -> {
                    BacklogQuery.Result backlog = new BacklogQuery(jdbc).run(query, now, calendar);
                    computed.put(Kpi.BACKLOG, backlog.computed());
                    ageing = backlog.ageing();
                }
                case CHURN ->
                    computed.put(
                            Kpi.CHURN,
                            new ChurnQuery(jdbc).run(family.getValue().get(0), query, calendar));
                default ->
                    computed.putAll(
                            new CohortQuery(jdbc).run(family.getKey(), family.getValue(), query, targets, calendar));
            }
        }
        return new Outcome(computed, ageing);
    }

    /** The query as a family runs it: without a breakdown that only feedback has (themes) for ticket families. */
    static ReportQuery grouped(Family family, ReportQuery query) {
        Dimension by = query.breakdown();
        return by == null || family == Family.ANSWERS || !by.feedbackOnly() ? query : query.by(null);
    }

    public DrillPage drill(DrillRequest request, @Nullable Target target, Instant now) {
        return new DrillQuery(jdbc).run(request, target, now, defaultCalendar());
    }

    private UUID defaultCalendar() {
        return defaultCalendar(jdbc);
    }

    /** The calendar of tickets without an SLA policy: the first by name, as the SLA feature chooses it. */
    static UUID defaultCalendar(JdbcClient jdbc) {
        return jdbc.sql("select id from business_calendar order by lower(name) limit 1")
                .query(UUID.class)
                .optional()
                .orElse(new UUID(0, 0));
    }
}
