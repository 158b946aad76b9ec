package org.helpdesk.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same stages as {@link AnalysisBenchmark}, timed by the thread's CPU time instead of wall time:
 * a cross-check when the machine is shared and JMH's wall-clock numbers include waiting for a core.
 * Arguments: [texts file (TSV/JSONL with a text column) or ""] [trained model directory].
 */
public final class StageCpuTimes {

    private StageCpuTimes() {}

    public static void main(String[] args) throws Exception {
        AnalysisBenchmark b = new AnalysisBenchmark();
        b.file = args.length > 0 ? args[0] : "";
        b.setUp();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        int n = 200_000;
        time("language", n, i -> bh.consume(b.language()));
        time("normalisation", n, i -> bh.consume(b.normalisation()));
        time("sentiment", n, i -> bh.consume(b.sentiment()));
        time("themes", n, i -> bh.consume(b.themes()));
        time("keywords", n, i -> bh.consume(b.keywords()));
        time("languageSentimentThemes", n, i -> bh.consume(b.languageSentimentThemes()));
        time("fullAnalysis", n, i -> bh.consume(b.fullAnalysis()));
        if (args.length > 1) {
            // A trained model (char n-grams, naive Bayes expert) costs more per text than the built-in one.
            FeedbackAnalyzer trained = FeedbackAnalyzer.withModel(Path.of(args[1]));
            String[] texts = b.texts();
            time("fullAnalysis(trained model)", n, i -> bh.consume(trained.analyze(texts[i % texts.length])));
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static void time(String stage, int n, IntConsumer op) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n / 2; i++) {
            op.accept(i); // warm-up
        }
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            op.accept(i);
        }
        double micros = (mx.getCurrentThreadCpuTime() - start) / 1e3 / n;
        System.out.printf(Locale.ROOT, "%-26s %8.2f us/text CPU  %10.0f texts/s per core%n", stage, micros, 1e6 / micros);
    }
}
