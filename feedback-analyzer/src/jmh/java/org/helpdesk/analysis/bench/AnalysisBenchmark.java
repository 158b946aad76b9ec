package org.helpdesk.analysis.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.ThemeMatch;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.internal.AnalysisEngine;
import org.helpdesk.analysis.internal.io.RecordReader;
import org.helpdesk.analysis.internal.language.LanguageGuess;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Cost per text of each analysis stage on one thread, with the built-in model. By default on our
 * own short fixture texts; {@code -p file=/path/train.tsv} reads the {@code text} column of a file
 * (e.g. the shared data sets, which must not be copied here).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AnalysisBenchmark {

    @Param("")
    public String file;

    private AnalysisEngine engine;
    private String[] texts;
    private AnalyzedText[] prepared;
    private Sentiment[] sentiments;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.builtIn();
        engine = new AnalysisEngine(Map.of(), Map.of(), taxonomy, taxonomy, 5, 20_000);
        texts = file.isEmpty() ? BenchmarkTexts.TEXTS : read(Path.of(file));
        prepared = new AnalyzedText[texts.length];
        sentiments = new Sentiment[texts.length];
        for (int i = 0; i < texts.length; i++) {
            prepared[i] = engine.prepare(texts[i], null);
            sentiments[i] = engine.sentimentModel(prepared[i]).classify(prepared[i], true);
        }
    }

    private static String[] read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(file)) {
            for (Map<String, String> rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec.getOrDefault("text", ""));
            }
        }
        return out.toArray(new String[0]);
    }

    String[] texts() {
        return texts;
    }

    private int index() {
        int i = next;
        next = i + 1 == texts.length ? 0 : i + 1;
        return i;
    }

    /** Cleaning, tokenizing and language identification only. */
    @Benchmark
    public LanguageGuess language() {
        return engine.pipeline().identify(texts[index()], null);
    }

    /** Cleaning, tokenizing, stemming, stop words and negation scope, language known. */
    @Benchmark
    public AnalyzedText normalisation() {
        int i = index();
        return engine.pipeline().analyzeAs(texts[i], prepared[i].rulesLanguage());
    }

    /** Sentiment with its explanation, on an already prepared text. */
    @Benchmark
    public Sentiment sentiment() {
        AnalyzedText t = prepared[index()];
        return engine.sentimentModel(t).classify(t, true);
    }

    /** Theme matching and aspect sentiment, on an already prepared text. */
    @Benchmark
    public List<ThemeMatch> themes() {
        int i = index();
        return engine.themes(prepared[i], sentiments[i]);
    }

    /** Keywords, on an already prepared text. */
    @Benchmark
    public List<Keyword> keywords() {
        return engine.keywords(prepared[index()]);
    }

    /** What the throughput target counts: raw text to language, sentiment and themes. */
    @Benchmark
    public List<ThemeMatch> languageSentimentThemes() {
        AnalyzedText t = engine.prepare(texts[index()], null);
        Sentiment s = engine.sentimentModel(t).classify(t, true);
        return engine.themes(t, s);
    }

    /** Everything FeedbackAnalyzer.analyze does, keywords included. */
    @Benchmark
    public FeedbackAnalysis fullAnalysis() {
        return engine.analyze(texts[index()], null);
    }

}
