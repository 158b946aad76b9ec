package org.helpdesk.web.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Virtual agents on loopback: each signs in, then repeats a request from the {@link LoadMix} and a think time
 * (exponential around the mean, at most five times it) until the duration is over or the run has sent
 * {@code maxRequests}; it stops by itself either way. Latencies are kept per kind; a request that fails or answers
 * with a status of 400 or more is an error. Reusable for a soak: the duration, agents, mix and think time are
 * parameters.
 */
final class LoadDriver {

    /**
     * @param agents the virtual agents' usernames (all with the same password)
     * @param duration how long the load runs after everyone signed in
     * @param think mean pause between two requests of one agent
     * @param maxRequests the run stops when this many requests were sent, even before the duration is over
     */
    record Plan(List<String> agents, String password, Duration duration, Duration think, long maxRequests) {}

    /** What the run saw: latencies per kind (in the mix's order), seconds it ran, requests sent. */
    record Outcome(Map<LoadMix.Action, Latencies> byKind, double seconds, long requests) {

        long errors() {
            return byKind.values().stream().mapToLong(Latencies::errors).sum();
        }
    }

    private final URI base;
    private final LoadMix mix;
    private final Function<String, LoadMix.Work> work;

    LoadDriver(URI base, LoadMix mix, Function<String, LoadMix.Work> work) {
        this.base = base;
        this.mix = mix;
        this.work = work;
    }

    Outcome run(Plan plan, Progress progress) throws Exception {
        List<AgentSession> sessions = new ArrayList<>();
        for (String agent : plan.agents()) {
            sessions.add(AgentSession.signIn(base, agent, plan.password()));
        }
        List<LoadMix.Work> works = plan.agents().stream().map(work).toList();
        Map<LoadMix.Action, Latencies> byKind = new LinkedHashMap<>();
        mix.actions().forEach(action -> byKind.put(action, new Latencies()));
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        long start = System.nanoTime();
        long end = start + plan.duration().toNanos();
        try {
            List<Future<?>> agents = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                AgentSession session = sessions.get(i);
                LoadMix.Work ofAgent = works.get(i);
                SplittableRandom random = new SplittableRandom(i);
                agents.add(pool.submit(() -> {
                    // Each agent first opens their queue, which also gives the session its form token.
                    session.get("/tickets?view=MINE");
                    while (System.nanoTime() < end && sent.incrementAndGet() <= plan.maxRequests()) {
                        LoadMix.Action action = mix.pick(random);
                        Latencies latencies = byKind.get(action);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = action.request().send(session, ofAgent, random);
                            latencies.add(System.nanoTime() - t0);
                            if (response.statusCode() >= 400) {
                                latencies.error();
                            }
                        } catch (java.io.IOException e) {
                            latencies.error();
                        }
                        long pause = (long) (-Math.log(1 - random.nextDouble())
                                * plan.think().toNanos());
                        long sleep = Math.min(Math.min(pause, 5 * plan.think().toNanos()), end - System.nanoTime());
                        if (sleep > 0) {
                            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                        }
                    }
                    return null;
                }));
            }
            long nextReport = start + 10_000_000_000L;
            for (Future<?> agent : agents) {
                while (!agent.isDone()) {
                    Thread.sleep(200);
                    if (System.nanoTime() > nextReport) {
                        progress.line(
                                "  load: %,d requests sent, %,d errors, RSS %.0f MB",
                                Math.min(sent.get(), plan.maxRequests()),
                                byKind.values().stream()
                                        .mapToLong(Latencies::errors)
                                        .sum(),
                                MemoryProbe.rssMb());
                        nextReport += 10_000_000_000L;
                    }
                }
                agent.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long requests = byKind.values().stream().mapToLong(Latencies::count).sum();
        return new Outcome(byKind, seconds, requests);
    }
}
