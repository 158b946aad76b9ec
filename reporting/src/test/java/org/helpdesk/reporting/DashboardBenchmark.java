package org.helpdesk.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The dashboard over a million tickets, against the plain SQL aggregate of the same period. Off in the normal build
 * (it writes a million rows); run it with
 * {@code ./mvnw -pl reporting -am test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark=true [-Dbenchmark.tickets=1000000] [-Dbenchmark.runs=20]}. Each query runs once to warm up, then
 * {@code benchmark.runs} times; p50 and p95 are printed, and each dashboard's ratio to the plain aggregate. Results
 * are in docs/benchmarks.md. With {@code -Dbenchmark.url} it runs on a database of one's own, which
 * {@code -Dbenchmark.load=true} first fills and keeps, so the million tickets are generated once;
 * {@code -Dbenchmark.perKpi=true} also times each KPI alone, to see where the time goes.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark {

    /** {@code -Dbenchmark.url=jdbc:postgresql://...} runs on an existing, migrated database with its own tickets. */
    final String url = System.getProperty("benchmark.url", "");

    /**
     * With {@code benchmark.url}, {@code -Dbenchmark.load=true} first migrates that database, generates
     * {@code benchmark.tickets} tickets into it, precomputes their durations and commits, so later runs reuse them.
     */
    final boolean load = Boolean.getBoolean("benchmark.load");

    final ReportingDatabase db = url.isEmpty()
            ? ReportingDatabase.begin()
            : ReportingDatabase.begin(
                    url,
                    System.getProperty("benchmark.user", "postgres"),
                    System.getProperty("benchmark.password", ""));

    @AfterEach
    void rollback() {
        db.rollback();
    }

    @Test
    void dashboardOverAMillionTickets() {
        int tickets = Integer.getInteger("benchmark.tickets", 1_000_000);
        if (load) {
            org.flywaydb.core.Flyway.configure()
                    .dataSource(
                            url,
                            System.getProperty("benchmark.user", "postgres"),
                            System.getProperty("benchmark.password", ""))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        if (url.isEmpty() || load) {
            long loading = System.nanoTime();
            generate(tickets);
            System.out.printf("loaded %,d tickets in %.1f s%n", tickets, (System.nanoTime() - loading) / 1e9);
        }
        Clock clock = Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);
        long refreshing = System.nanoTime();
        int refreshed = new org.helpdesk.reporting.internal.TicketTimes(db.jdbc(), clock).refresh(5000);
        System.out.printf(
                "precomputed business-hours durations of %,d tickets in %.1f s%n",
                refreshed, (System.nanoTime() - refreshing) / 1e9);
        if (!url.isEmpty()) {
            // Committed, so that the report's helper connections see the data (the dev database is rolled back).
            db.commit();
        }
        int parallelism = url.isEmpty() ? 1 : Integer.getInteger("benchmark.parallelism", 2);
        org.helpdesk.reporting.internal.SnapshotFork fork = parallelism == 1
                ? org.helpdesk.reporting.internal.SnapshotFork.SEQUENTIAL
                : new org.helpdesk.reporting.internal.SnapshotFork(
                        new org.springframework.jdbc.datasource.DriverManagerDataSource(
                                url,
                                System.getProperty("benchmark.user", "postgres"),
                                System.getProperty("benchmark.password", "")),
                        parallelism);
        System.out.printf("report query parallelism %d%n", parallelism);
        Reports reports =
                new Reports(db.jdbc(), fork, new KpiTargets(db.jdbc(), clock), clock, ReportTestSupport.PROPERTIES);
        Period month = Period.containing(Period.Type.MONTH, LocalDate.of(2025, 10, 1), ReportTestSupport.SOFIA);
        Period quarter = Period.containing(Period.Type.QUARTER, LocalDate.of(2025, 9, 1), ReportTestSupport.SOFIA);

        if (Boolean.getBoolean("benchmark.perKpi")) {
            // Where the time goes: each KPI alone (its family's query with only its columns), month by team.
            for (Kpi kpi : Reports.computedKpis()) {
                measure(
                        kpi.id() + ", month, by team",
                        () -> reports.run(ReportQuery.of(month).by(Dimension.TEAM), Set.of(kpi)));
            }
        }
        long byTeam = measure(
                "dashboard, month, by day, by team",
                () -> reports.run(ReportQuery.of(month).by(Dimension.TEAM)));
        long plain = measure("dashboard, month, no breakdown", () -> reports.run(ReportQuery.of(month)));
        long byProduct = measure(
                "dashboard, quarter, by week, by product",
                () -> reports.run(ReportQuery.of(quarter).by(Dimension.PRODUCT)));
        long aggregate = measure(
                "plain aggregate, month",
                () -> db.jdbc()
                        .sql("""
                        select count(*), avg(extract(epoch from resolved_at - created_at))
                          from ticket where merged_into_id is null and resolved_at >= ? and resolved_at < ?""")
                        .params(java.sql.Timestamp.from(month.start()), java.sql.Timestamp.from(month.end()))
                        .query()
                        .singleRow());
        measure(
                "plain aggregate, month, created",
                () -> db.jdbc()
                        .sql("""
                        select count(*), count(*) filter (where status in ('RESOLVED', 'CLOSED'))
                          from ticket where created_at >= ? and created_at < ?""")
                        .params(java.sql.Timestamp.from(month.start()), java.sql.Timestamp.from(month.end()))
                        .query()
                        .singleRow());
        System.out.printf(
                "ratio to the plain aggregate (p50): by team %.1f×, no breakdown %.1f×, quarter by product %.1f×%n",
                byTeam / (double) Math.max(1, aggregate),
                plain / (double) Math.max(1, aggregate),
                byProduct / (double) Math.max(1, aggregate));
    }

    /** Runs once to warm up, then {@code benchmark.runs} times; prints p50 and p95 and returns p50 in ms. */
    private static long measure(String what, Supplier<?> run) {
        run.get();
        int runs = Math.max(2, Integer.getInteger("benchmark.runs", 20));
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        Collections.sort(millis);
        long p50 = millis.get((runs - 1) / 2);
        long p95 = millis.get((int) Math.ceil(runs * 0.95) - 1);
        System.out.printf(
                "%-45s p50 %5d ms  p95 %5d ms  (min %d, max %d, %d runs)%n",
                what, p50, p95, millis.get(0), millis.get(runs - 1), runs);
        return p50;
    }

    /**
     * Tickets spread over January 2023 to November 2025 (about 29,000 a month), with the lifecycle columns filled
     * the way the ticket feature fills them, ten teams, fifty agents, twenty products, a fifth with a pending pause.
     */
    private void generate(int tickets) {
        var jdbc = db.jdbc();
        jdbc.sql(
                        "insert into customer (id, email, created_at) select gen_random_uuid(), 'c' || g || '@example.com', now()"
                                + " from generate_series(1, 50000) g")
                .update();
        jdbc.sql(
                        "insert into team (id, name, created_at) select gen_random_uuid(), 'Team ' || g, now() from generate_series(1, 10) g")
                .update();
        jdbc.sql("insert into product (id, name, created_at) select gen_random_uuid(), 'Product ' || g, now()"
                        + " from generate_series(1, 20) g")
                .update();
        jdbc.sql(
                        "insert into user_account (id, username, display_name, roles, created_at)"
                                + " select gen_random_uuid(), 'agent' || g, 'Agent ' || g, 'AGENT', now() from generate_series(1, 50) g")
                .update();
        jdbc.sql("""
                create temporary table pick as
                select (select array_agg(id) from customer) as customers, (select array_agg(id) from team) as teams,
                       (select array_agg(id) from product) as products, (select array_agg(id) from user_account) as agents,
                       (select array_agg(id) from sla_policy) as policies""").update();
        jdbc.sql("""
                insert into ticket (id, subject, description, customer_id, priority, status, created_by, created_at,
                                    updated_at, version, channel, type, team_id, assignee_id, product_id, sla_policy_id,
                                    first_response_at, resolved_at, closed_at, agent_reply_count, reopen_count, escalated,
                                    pending_seconds, first_response_breached, resolution_breached, language)
                select gen_random_uuid(), 'Benchmark', 'Generated', p.customers[1 + ((g::bigint * 7919) % 50000)::int],
                       (array['LOW','NORMAL','HIGH','URGENT'])[1 + g % 4],
                       case when r.res then (case when g % 3 = 0 then 'CLOSED' else 'RESOLVED' end)
                            else (array['NEW','OPEN','PENDING'])[1 + g % 3] end,
                       'bench', r.created, r.created, 1,
                       (array['EMAIL','PHONE','WEB','CHAT','SOCIAL','IN_PERSON'])[1 + g % 6],
                       (array['COMPLAINT','QUESTION','REQUEST','INCIDENT'])[1 + (g / 7) % 4],
                       p.teams[1 + g % 10], p.agents[1 + g % 50], p.products[1 + g % 20], p.policies[1 + g % 4],
                       r.created + make_interval(mins => 5 + (g * 37) % 600),
                       case when r.res then r.created + make_interval(mins => 30 + (g * 131) % 4000) end,
                       case when r.res and g % 3 = 0 then r.created + make_interval(mins => 8000) end,
                       1 + g % 3, case when g % 17 = 0 then 1 else 0 end, g % 23 = 0,
                       case when g % 5 = 0 then 600 else 0 end, g % 11 = 0, g % 13 = 0,
                       (array['en','ru','bg'])[1 + g % 3]
                  from generate_series(1, ?) g, pick p,
                       lateral (select timestamptz '2023-01-01 00:00Z' + make_interval(secs => (g::bigint * 91) % 91000000) as created,
                                       g % 10 <> 0 as res) r""").param(tickets).update();
        jdbc.sql("""
                insert into ticket_pause (ticket_id, status, started_at, ended_at)
                select id, 'PENDING', created_at + interval '1 minute', created_at + interval '11 minutes'
                  from ticket where pending_seconds = 600""").update();
        jdbc.sql("analyze").update();
    }
}
