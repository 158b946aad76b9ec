package org.helpdesk.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.helpdesk.search.DriftReport;
import org.helpdesk.shared.OutboxAge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search outbox's lag and the last drift check's figures, read when the meters are scraped:
 * {@code helpdesk.outbox.pending} and {@code helpdesk.outbox.oldest.age} (seconds, 0 when empty) with
 * {@code outbox=search}; per index ({@code entity=ticket|feedback}) {@code helpdesk.search.drift.difference} (rows in
 * PostgreSQL minus documents in Elasticsearch) and {@code helpdesk.search.drift.unsynced} (missing + stale +
 * orphaned), both unknown (NaN) until this instance ran a check.
 */
@Component
class SearchMeters implements MeterBinder {

    static final String OUTBOX = "search";

    private final JdbcClient jdbc;
    private final IndexDrift drift;
    private final Clock clock;

    SearchMeters(JdbcClient jdbc, IndexDrift drift, Clock clock) {
        this.jdbc = jdbc;
        this.drift = drift;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("helpdesk.outbox.pending", this, SearchMeters::pending)
                .description("Changes waiting in the outbox")
                .tag("outbox", OUTBOX)
                .register(registry);
        Gauge.builder("helpdesk.outbox.oldest.age", this, SearchMeters::oldestAge)
                .description("Age of the oldest change waiting in the outbox")
                .baseUnit("seconds")
                .tag("outbox", OUTBOX)
                .register(registry);
        for (String entity : new String[] {"ticket", "feedback"}) {
            drift(registry, "helpdesk.search.drift.difference", entity, c -> c.databaseCount() - c.indexCount());
            drift(registry, "helpdesk.search.drift.unsynced", entity, c -> c.missing() + c.stale() + c.orphaned());
        }
    }

    private void drift(MeterRegistry registry, String name, String entity, ToDoubleFunction<DriftReport.Counts> value) {
        Gauge.builder(
                        name,
                        drift,
                        d -> d.last()
                                .map(report -> value.applyAsDouble(
                                        entity.equals("ticket") ? tickets(report) : report.feedback()))
                                .orElse(Double.NaN))
                .description("The last drift check between PostgreSQL and the search index")
                .tag("entity", entity)
                .register(registry);
    }

    private static DriftReport.Counts tickets(DriftReport report) {
        return new DriftReport.Counts(
                report.databaseCount(), report.indexCount(), report.missing(), report.stale(), report.orphaned());
    }

    private double pending() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }

    private double oldestAge() {
        return OutboxAge.seconds(jdbc, "select min(enqueued_at) from search_outbox", clock);
    }
}
