package org.helpdesk.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.internal.AnalysisEngine;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * (4) Feedback analysis throughput with the built-in model on the generated texts (survey comments and ticket
 * descriptions): each stage's CPU time per text on one thread, as the analyzer's {@code StageCpuTimes} measures it
 * (so waiting for a core on a busy machine does not count), and the full analysis on as many threads as there are
 * cores, by wall time.
 */
final class AnalysisPhase {

    private static final int MAX_TEXTS = 20_000;

    private final BenchApp app;
    private final BenchOptions options;
    private final Progress progress;
    private volatile Object sink;

    AnalysisPhase(BenchApp app, BenchOptions options, Progress progress) {
        this.app = app;
        this.options = options;
        this.progress = progress;
    }

    List<Result> run() throws Exception {
        String[] texts = texts();
        AnalysisEngine engine = engine();
        AnalyzedText[] prepared = new AnalyzedText[texts.length];
        Sentiment[] sentiments = new Sentiment[texts.length];
        for (int i = 0; i < texts.length; i++) {
            prepared[i] = engine.prepare(texts[i], null);
            sentiments[i] = engine.sentimentModel(prepared[i]).classify(prepared[i], true);
        }
        int n = options.quick() ? texts.length : Math.max(texts.length, 50_000);
        int size = texts.length;
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("language", cpuMicros(n, i -> sink = engine.pipeline().identify(texts[i % size], null)));
        stages.put(
                "normalisation",
                cpuMicros(
                        n,
                        i -> sink = engine.pipeline().analyzeAs(texts[i % size], prepared[i % size].rulesLanguage())));
        stages.put(
                "sentiment",
                cpuMicros(
                        n, i -> sink = engine.sentimentModel(prepared[i % size]).classify(prepared[i % size], true)));
        stages.put("themes", cpuMicros(n, i -> sink = engine.themes(prepared[i % size], sentiments[i % size])));
        stages.put("keywords", cpuMicros(n, i -> sink = engine.keywords(prepared[i % size])));
        double target = cpuMicros(n, i -> {
            AnalyzedText t = engine.prepare(texts[i % size], null);
            sink = engine.themes(t, engine.sentimentModel(t).classify(t, true));
        });
        double full = cpuMicros(n, i -> sink = engine.analyze(texts[i % size], null));
        double stageSum =
                stages.values().stream().mapToDouble(Double::doubleValue).sum();
        String shares = stages.entrySet().stream()
                .map(e -> "%s %.0f %%".formatted(e.getKey(), 100 * e.getValue() / stageSum))
                .collect(Collectors.joining(" · "));
        int cores = Runtime.getRuntime().availableProcessors();
        double allCores = allCores(texts, cores);
        progress.line(
                "analysis: %.0f texts/s on one core (CPU time), %.0f texts/s on %d threads; %s",
                1e6 / full, allCores, cores, shares);
        return List.of(
                Result.of(
                                "analysis",
                                "language + sentiment + themes, one core, CPU time, %,d generated texts"
                                        .formatted(size),
                                "%s texts/s".formatted(ImportPhase.number(1e6 / target)))
                        .against("≥ 20,000 — " + (1e6 / target >= 20_000 ? "met" : "**not met**")),
                Result.of(
                        "analysis",
                        "full analysis (keywords too), one core, CPU time",
                        "%s texts/s".formatted(ImportPhase.number(1e6 / full))),
                Result.of(
                        "analysis",
                        "full analysis, %d threads (all cores), wall time, %d s"
                                .formatted(cores, options.analysis().toSeconds()),
                        "%s texts/s".formatted(ImportPhase.number(allCores))),
                Result.of(
                        "analysis",
                        "share of each stage (CPU µs/text: "
                                + stages.entrySet().stream()
                                        .map(e -> "%s %.1f".formatted(e.getKey(), e.getValue()))
                                        .collect(Collectors.joining(", "))
                                + ")",
                        shares));
    }

    private String[] texts() {
        List<String> texts = new ArrayList<>(app.jdbc()
                .sql("select comment from feedback_item where comment is not null order by id limit ?")
                .param(MAX_TEXTS / 2)
                .query(String.class)
                .list());
        texts.addAll(app.jdbc()
                .sql("select description from ticket order by id limit ?")
                .param(MAX_TEXTS - texts.size())
                .query(String.class)
                .list());
        return texts.toArray(String[]::new);
    }

    private static AnalysisEngine engine() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.builtIn();
        return new AnalysisEngine(Map.of(), Map.of(), taxonomy, taxonomy, 5, 20_000);
    }

    /** CPU microseconds per call on this thread, after a warm-up of half as many calls. */
    private static double cpuMicros(int n, IntConsumer op) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n / 2; i++) {
            op.accept(i);
        }
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            op.accept(i);
        }
        return (mx.getCurrentThreadCpuTime() - start) / 1e3 / n;
    }

    /** Texts per second of wall time with one engine per thread, after a warm-up of a second. */
    private double allCores(String[] texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long warmUpEnd = System.nanoTime() + 1_000_000_000L;
            long end = warmUpEnd + options.analysis().toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 997;
                counts.add(pool.submit(() -> {
                    AnalysisEngine engine = engine();
                    long done = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                        sink = engine.analyze(texts[i % texts.length], null);
                        if (System.nanoTime() >= warmUpEnd) {
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / (options.analysis().toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
