package org.helpdesk.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.helpdesk.ticket.TicketReference;

/**
 * (5) and (6): the virtual agents' load ({@link LoadDriver}, {@link LoadMix#agentDay()}) with throughput, latency per
 * kind and errors, and the resident set size of this process (app, driver and all) while it runs. Target: no
 * errors, page views p99 ≤ 300 ms.
 */
final class LoadPhase {

    private static final int TICKETS_PER_AGENT = 200;

    private final BenchApp app;
    private final BenchOptions options;
    private final Progress progress;

    LoadPhase(BenchApp app, BenchOptions options, Progress progress) {
        this.app = app;
        this.options = options;
        this.progress = progress;
    }

    List<Result> run(List<String> agents) throws Exception {
        List<String> searches = SearchPhase.MIX.stream()
                .map(SearchPhase.Query::q)
                .filter(q -> !q.isEmpty())
                .toList();
        LoadDriver driver = new LoadDriver(
                app.base(),
                LoadMix.agentDay(),
                agent -> new LoadMix.Work(tickets(agent, false), tickets(agent, true), searches));
        LoadDriver.Plan plan =
                new LoadDriver.Plan(agents, BenchApp.PASSWORD, options.load(), options.think(), 1_000_000);
        progress.line(
                "load: %d virtual agents for %d s, think time %d ms on average",
                agents.size(), options.load().toSeconds(), options.think().toMillis());
        DoubleAccumulator maxRss = new DoubleAccumulator(Math::max, 0);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> maxRss.accumulate(MemoryProbe.rssMb()), 0, 1, TimeUnit.SECONDS);
        LoadDriver.Outcome outcome;
        try {
            outcome = driver.run(plan, progress);
        } finally {
            sampler.shutdownNow();
        }
        double peak = MemoryProbe.peakRssMb();
        progress.line(
                "load: %,d requests in %.0f s, %.1f requests/s, %d errors, RSS up to %.0f MB",
                outcome.requests(),
                outcome.seconds(),
                outcome.requests() / outcome.seconds(),
                outcome.errors(),
                maxRss.get());

        List<Result> results = new ArrayList<>();
        Latencies pages = new Latencies();
        Latencies all = new Latencies();
        outcome.byKind()
                .forEach((action, latencies) -> results.add(new Result(
                        "load",
                        action.kind() + (action.pageView() ? " (page)" : ""),
                        latencies.summary(),
                        "%,d requests".formatted(latencies.count()),
                        "—",
                        latencies.errors() == 0 ? "0 errors" : "**%d errors**".formatted(latencies.errors()))));
        outcome.byKind().forEach((action, latencies) -> {
            if (action.pageView()) {
                pages.addAll(latencies);
            }
            all.addAll(latencies);
        });
        boolean pagesMet = pages.percentileMs(99) <= 300;
        results.add(
                0,
                Result.of(
                                "load",
                                "%d virtual agents, %d s, think time %d ms (exponential): throughput, errors"
                                        .formatted(
                                                agents.size(),
                                                Math.round(outcome.seconds()),
                                                options.think().toMillis()),
                                "%.1f requests/s, %,d requests, %d errors"
                                        .formatted(
                                                outcome.requests() / outcome.seconds(),
                                                outcome.requests(),
                                                outcome.errors()))
                        .against("0 errors — " + (outcome.errors() == 0 ? "met" : "**not met**")));
        results.add(
                1,
                Result.of("load", "all page views", pages.summary())
                        .against("p99 ≤ 300 ms — " + (pagesMet ? "met" : "**not met**")));
        results.add(2, Result.of("load", "all requests", all.summary()));
        results.add(Result.of(
                "memory",
                "RSS of the process (app + load driver) under load: highest sample / VmHWM",
                "%.0f MB / %.0f MB".formatted(maxRss.get(), peak)));
        return results;
    }

    /** The agent's team's tickets, in a fixed pseudo-random order: all of them, or only those still open. */
    private List<String> tickets(String agent, boolean open) {
        List<String> references =
                app.jdbc().sql("""
                        select t.number from ticket t
                          join team_member m on m.team_id = t.team_id
                          join user_account u on u.id = m.user_id
                         where lower(u.username) = lower(?) and (not ? or t.status in ('NEW', 'OPEN', 'PENDING'))
                         order by md5(t.number::text) limit ?""").params(agent, open, TICKETS_PER_AGENT).query(Long.class).list().stream()
                        .map(TicketReference::format)
                        .toList();
        if (references.isEmpty()) {
            throw new IllegalStateException("No " + (open ? "open " : "") + "tickets in the teams of " + agent);
        }
        return references;
    }
}
