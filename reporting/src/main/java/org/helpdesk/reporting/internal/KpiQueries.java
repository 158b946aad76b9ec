package org.helpdesk.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
    private final SnapshotFork fork;

    public KpiQueries(JdbcClient jdbc) {
        this(jdbc, SnapshotFork.SEQUENTIAL);
    }

    public KpiQueries(JdbcClient jdbc, SnapshotFork fork) {
        this.jdbc = jdbc;
        this.fork = fork;
    }

    public record Outcome(Map<Kpi, Computed> computed, List<AgeBucket> ageing) {}

    /** Each family of KPIs is one task; the tasks run side by side in the caller's snapshot, slowest first. */
    public Outcome compute(ReportQuery asked, Collection<Kpi> kpis, Map<Kpi, Target> targets, Instant now) {
        return compute(asked, kpis, targets, now, true);
    }

    /**
     * As {@link #compute(ReportQuery, Collection, Map, Instant)}; {@code shareSnapshot} false keeps every query on
     * the caller's connection (PostgreSQL exports no snapshot from inside a savepoint).
     */
    public Outcome compute(
            ReportQuery asked, Collection<Kpi> kpis, Map<Kpi, Target> targets, Instant now, boolean shareSnapshot) {
        UUID calendar = defaultCalendar();
        Map<Family, List<KpiDefinition>> byFamily = new EnumMap<>(Family.class);
        for (Kpi kpi : kpis) {
            KpiDefinition d = KpiDefinition.of(kpi);
            byFamily.computeIfAbsent(d.family(), f -> new ArrayList<>()).add(d);
        }
        List<Function<JdbcClient, Outcome>> tasks = new ArrayList<>();
        byFamily.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Family, List<KpiDefinition>> family) ->
                        -family.getKey().weight()))
                .forEach(family -> tasks.add(task(family.getKey(), family.getValue(), asked, targets, now, calendar)));
        Map<Kpi, Computed> computed = new EnumMap<>(Kpi.class);
        List<AgeBucket> ageing = List.of();
        for (Outcome part : (shareSnapshot ? fork : SnapshotFork.SEQUENTIAL).all(jdbc, tasks)) {
            computed.putAll(part.computed());
            ageing = part.ageing().isEmpty() ? ageing : part.ageing();
        }
        return new Outcome(computed, ageing);
    }

    private static Function<JdbcClient, Outcome> task(
            Family family,
            List<KpiDefinition> definitions,
            ReportQuery asked,
            Map<Kpi, Target> targets,
            Instant now,
            UUID calendar) {
        ReportQuery query = grouped(family, asked);
        return switch (family) {
            case BACKLOG ->
                jdbc -> {
                    BacklogQuery.Result backlog = new BacklogQuery(jdbc).run(query, now, calendar);
                    return new Outcome(Map.of(Kpi.BACKLOG, backlog.computed()), backlog.ageing());
                };
            case CHURN ->
                jdbc -> new Outcome(
                        Map.of(Kpi.CHURN, new ChurnQuery(jdbc).run(definitions.get(0), query, calendar)), List.of());
            default ->
                jdbc -> new Outcome(
                        new CohortQuery(jdbc).run(family, definitions, query, targets, calendar), List.of());
        };
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
