package org.helpdesk.web.bench;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * (3) The KPI dashboard of last month through the reporting API, as the quality manager, against the plain SQL
 * aggregate of the same month (count and mean resolution time of the tickets resolved in it). The generator writes
 * past the desk, so the precomputed business-hours durations are first rebuilt from scratch by the app's own
 * background refresher (its state is reset, as after a calendar change) and the phase waits until it has finished.
 */
final class DashboardPhase {

    private static final String REFRESH_STATE = "ticket-time";

    private final BenchApp app;
    private final BenchOptions options;
    private final Progress progress;

    DashboardPhase(BenchApp app, BenchOptions options, Progress progress) {
        this.app = app;
        this.options = options;
        this.progress = progress;
    }

    List<Result> run() throws Exception {
        double precompute = precompute();
        AgentSession quality = AgentSession.signIn(app.base(), BenchApp.QUALITY_MANAGER, BenchApp.PASSWORD);
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1);
        Timestamp from = Timestamp.from(month.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp to =
                Timestamp.from(month.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Latencies byTeam = measure(() -> report(quality, "/api/v1/reports?period=month&date=" + month + "&by=team"));
        Latencies whole = measure(() -> report(quality, "/api/v1/reports?period=month&date=" + month));
        Latencies plain =
                measure(() -> app.jdbc().sql("""
                        select count(*), avg(extract(epoch from resolved_at - created_at))
                          from ticket where merged_into_id is null and resolved_at >= ? and resolved_at < ?""").params(from, to).query().singleRow());
        progress.line(
                "dashboard by team %s, no breakdown %s, plain aggregate %s",
                byTeam.summary(), whole.summary(), plain.summary());
        String runs = "%d runs, month %s"
                .formatted(options.dashboardRuns(), month.toString().substring(0, 7));
        return List.of(
                Result.of(
                        "dashboard",
                        "precompute of business-hours durations by the background refresher",
                        "%.1f s".formatted(precompute)),
                dashboard("KPI dashboard via `GET /api/v1/reports`, by day and team (" + runs + ")", byTeam, plain),
                dashboard("KPI dashboard, no breakdown (" + runs + ")", whole, plain));
    }

    private Result dashboard(String what, Latencies report, Latencies plain) {
        boolean met = report.percentileMs(50) <= 1000;
        return new Result(
                "dashboard",
                what,
                report.summary(),
                plain.summary() + " plain SQL aggregate",
                "%.0f× (p50)".formatted(report.percentileMs(50) / Math.max(0.001, plain.percentileMs(50))),
                "≤ 1 s — " + (met ? "met" : "**not met**"));
    }

    /**
     * Resets the refresher's state and waits until a full sweep has written it again with every ticket's durations
     * (a run that was already under way when the state was reset writes it too early: then it is reset again);
     * returns the seconds.
     */
    private double precompute() throws InterruptedException {
        long start = System.nanoTime();
        progress.line("waiting for the report refresher to precompute the durations of every ticket");
        Duration limit = Duration.ofMinutes(10).plusSeconds(options.tickets() / 1000);
        long missing;
        do {
            app.jdbc()
                    .sql("delete from report_refresh where name = ?")
                    .param(REFRESH_STATE)
                    .update();
            while (app.jdbc()
                            .sql("select count(*) from report_refresh where name = ?")
                            .param(REFRESH_STATE)
                            .query(Long.class)
                            .single()
                    == 0) {
                if (System.nanoTime() - start > limit.toNanos()) {
                    throw new IllegalStateException("The report refresher did not finish within " + limit);
                }
                Thread.sleep(500);
            }
            missing = app.jdbc().sql("""
                            select count(*) from ticket t
                             where t.merged_into_id is null and (t.first_response_at is not null or t.resolved_at is not null)
                               and not exists (select 1 from report_ticket_time r where r.ticket_id = t.id)""").query(Long.class).single();
        } while (missing > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = app.jdbc()
                .sql("select count(*) from report_ticket_time")
                .query(Long.class)
                .single();
        progress.line("precomputed %,d tickets' durations in %.1f s", rows, seconds);
        return seconds;
    }

    private Object report(AgentSession session, String path) {
        try {
            HttpResponse<String> response = session.api(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Latencies measure(Supplier<?> run) {
        run.get();
        Latencies latencies = new Latencies();
        for (int i = 0; i < options.dashboardRuns(); i++) {
            long start = System.nanoTime();
            run.get();
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }
}
