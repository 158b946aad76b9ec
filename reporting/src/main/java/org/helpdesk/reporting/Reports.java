package org.helpdesk.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.helpdesk.reporting.internal.Computed;
import org.helpdesk.reporting.internal.Figures;
import org.helpdesk.reporting.internal.KpiQueries;
import org.helpdesk.reporting.internal.SnapshotFork;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Computes reports: every computed KPI for a period with the previous period, trend, breakdown and targets, in
 * set-based SQL (a handful of queries, never a ticket in memory), all from one database snapshot so the figures
 * agree with each other; and the tickets behind any figure.
 */
@Service
public class Reports implements DisposableBean {

    private final KpiQueries queries;
    private final SnapshotFork fork;
    private final KpiTargets targets;
    private final Clock clock;
    private final String currency;

    /** Computes each report's KPI families side by side on up to {@code query-parallelism} connections. */
    @Autowired
    Reports(JdbcClient jdbc, DataSource dataSource, KpiTargets targets, Clock clock, ReportingProperties properties) {
        this(jdbc, new SnapshotFork(dataSource, properties.queryParallelism()), targets, clock, properties);
    }

    /** Computes everything on the caller's connection (tests whose fixtures are not committed). */
    Reports(JdbcClient jdbc, KpiTargets targets, Clock clock, ReportingProperties properties) {
        this(jdbc, SnapshotFork.SEQUENTIAL, targets, clock, properties);
    }

    Reports(JdbcClient jdbc, SnapshotFork fork, KpiTargets targets, Clock clock, ReportingProperties properties) {
        this.queries = new KpiQueries(jdbc, fork);
        this.fork = fork;
        this.targets = targets;
        this.clock = clock;
        this.currency = properties.currency().getCurrencyCode();
    }

    @Override
    public void destroy() {
        fork.close();
    }

    /** The KPIs computed today, in catalogue order. */
    public static List<Kpi> computedKpis() {
        return Arrays.stream(Kpi.values()).filter(Kpi::computed).toList();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report run(ReportQuery query) {
        return run(query, computedKpis());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report run(ReportQuery query, Collection<Kpi> kpis) {
        Instant now = clock.instant();
        Map<Kpi, Target> inForce = targets.inForce();
        List<Kpi> wanted = computedKpis().stream().filter(kpis::contains).toList();
        KpiQueries.Outcome outcome = queries.compute(query, wanted, inForce, now, ownTransaction());
        List<KpiResult> results = wanted.stream()
                .map(kpi -> result(kpi, outcome.computed().get(kpi), inForce.get(kpi)))
                .toList();
        return new Report(query, query.period().previous(), now, results, outcome.ageing(), currency);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DrillPage drill(DrillRequest request) {
        return queries.drill(request, targets.target(request.kpi()), clock.instant());
    }

    /**
     * Whether this report runs in a transaction of its own, whose snapshot its queries may share with other
     * connections. Joined to a caller's transaction (a scheduled report, inside a savepoint) it does not: PostgreSQL
     * exports no snapshot from a subtransaction. Without Spring's transactions (a benchmark on a plain connection)
     * the caller's connection decides.
     */
    private static boolean ownTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return true;
        }
        try {
            return TransactionAspectSupport.currentTransactionStatus().isNewTransaction();
        } catch (NoTransactionException e) {
            return false;
        }
    }

    private static KpiResult result(Kpi kpi, Computed computed, @Nullable Target target) {
        Figure current = computed.current();
        List<GroupFigure> groups = computed.groups().stream()
                .map(g -> new GroupFigure(
                        g.key(),
                        g.label(),
                        g.current(),
                        g.previous(),
                        share(kpi, g.current(), current),
                        assess(target, g.current())))
                .toList();
        return new KpiResult(
                kpi,
                target,
                current,
                computed.previous(),
                change(current, computed.previous()),
                assess(target, current),
                computed.trend(),
                groups);
    }

    private static Rag assess(@Nullable Target target, Figure figure) {
        return target == null ? Rag.NONE : target.assess(figure.value());
    }

    private static @Nullable BigDecimal change(Figure current, Figure previous) {
        return current.value() == null || previous.value() == null
                ? null
                : current.value().subtract(previous.value());
    }

    /** A group's part of the whole: of the matching tickets for percentages (e.g. all complaints), else of the base. */
    private static @Nullable BigDecimal share(Kpi kpi, Figure group, Figure total) {
        if (kpi.unit() == Kpi.Unit.PERCENT) {
            return Figures.percent(
                    group.matching() == null ? 0 : group.matching(), total.matching() == null ? 0 : total.matching());
        }
        return Figures.percent(group.base(), total.base());
    }
}
