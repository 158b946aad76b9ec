package org.helpdesk.web.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark suite, one run on one machine (see docs/benchmarks.md, "Benchmark suite"): starts the dev-stack
 * servers and the app in this JVM, generates the tickets, then measures bulk import, search, the dashboard, feedback
 * analysis and the agents' HTTP load, and writes the table. Run it with {@code bench/run [--quick] ...}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Progress progress = new Progress();
        double loadBefore = Machine.loadAverage();
        progress.line("%s: %,d tickets, seed %d", options.commandLine(), options.tickets(), options.seed());
        List<Result> results = new ArrayList<>();
        try (BenchApp app = BenchApp.start(options.appProperties(), progress)) {
            double heap = MemoryProbe.heapAfterGcMb();
            progress.line("app ready in %.1f s, heap after start %.0f MB", app.startSeconds(), heap);
            results.add(Result.of(
                            "start-up",
                            "app start-up to ready, in-process (without the dev-stack servers, %.0f s)"
                                    .formatted(app.stackSeconds()),
                            "%.1f s".formatted(app.startSeconds()))
                    .against("≤ 10 s — " + (app.startSeconds() <= 10 ? "met" : "**not met**")));
            results.add(Result.of("memory", "heap in use after start (after a full GC)", "%.0f MB".formatted(heap)));
            results.addAll(new ImportPhase(app, options, progress).run());
            // After the import: the virtual agents join the generated teams.
            List<String> agents = app.createAccounts(options.agents());
            results.addAll(new SearchPhase(app, options, progress).run());
            results.addAll(new DashboardPhase(app, options, progress).run());
            results.addAll(new AnalysisPhase(app, options, progress).run());
            results.addAll(new LoadPhase(app, options, progress).run(agents));
        }
        String markdown = BenchReport.markdown(options, results, progress.elapsed(), loadBefore);
        progress.line(
                "results written to %s and %s%n%n%s",
                BenchReport.write(markdown, options.docs()), options.docs(), markdown);
        System.exit(0);
    }
}
