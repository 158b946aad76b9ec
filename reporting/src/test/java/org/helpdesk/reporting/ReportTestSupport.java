package org.helpdesk.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;

/**
 * KPI tests on a real PostgreSQL: a {@link Desk} to write fixtures, a fixed clock, and reports for March 2025 in
 * Sofia (UTC+2, UTC+3 from 30 March), compared with February.
 */
abstract class ReportTestSupport {

    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    static final ReportingProperties PROPERTIES = new ReportingProperties(
            java.time.Duration.ofMinutes(1),
            2000,
            false,
            java.util.Currency.getInstance("EUR"),
            java.time.Duration.ofSeconds(30),
            1);
    static final Period MARCH = Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 1), SOFIA);

    final ReportingDatabase db = ReportingDatabase.begin();
    final Desk desk = new Desk(db.jdbc());
    Clock clock = Clock.fixed(Instant.parse("2025-04-15T12:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void rollback() {
        db.rollback();
    }

    Reports reports() {
        return new Reports(db.jdbc(), targets(), clock, PROPERTIES);
    }

    KpiTargets targets() {
        return new KpiTargets(db.jdbc(), clock);
    }

    Report march() {
        return reports().run(ReportQuery.of(MARCH));
    }

    Report run(ReportQuery query) {
        return reports().run(query);
    }

    static KpiResult result(Report report, Kpi kpi) {
        return report.result(kpi).orElseThrow();
    }

    DrillPage drill(ReportQuery query, Kpi kpi, DrillRequest.Part part) {
        return reports().drill(new DrillRequest(query, kpi, false, null, null, part, 0, 100));
    }

    static long[] numbers(DrillPage page) {
        return page.items().stream().mapToLong(DrillRow::number).sorted().toArray();
    }
}
