package org.helpdesk.analysis.internal.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.EvaluationReport;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ModelTrainer;
import org.helpdesk.analysis.SentimentCue;
import org.helpdesk.analysis.SurveyScale;
import org.helpdesk.analysis.ThemeMatch;
import org.helpdesk.analysis.TrainedModel;
import org.helpdesk.analysis.TrainingExample;
import org.helpdesk.analysis.internal.io.Json;
import org.helpdesk.analysis.internal.io.RecordReader;
import org.jspecify.annotations.Nullable;

/** {@code java -jar feedback-analyzer-cli.jar analyze|train|evaluate ...}; see the module README. */
public final class FeedbackCli {

    private static final int BATCH = 2000;
    private static final List<String> ID_COLUMNS = List.of("id", "tweet_id", "complaint_id", "ticket_id");

    private final PrintStream out;
    private final PrintStream err;

    FeedbackCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new FeedbackCli(System.out, System.err).run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; returns the exit code (0 ok, 1 failed, 2 wrong usage). */
    int run(String... args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "analyze" ->
                    analyze(Options.parse(rest, Set.of("in", "out", "text-column", "id-column", "model", "lang")));
                case "train" ->
                    train(Options.parse(
                            rest,
                            Set.of(
                                    "in",
                                    "out",
                                    "text-column",
                                    "label-column",
                                    "theme-column",
                                    "lang",
                                    "survey-scale",
                                    "taxonomy")));
                case "evaluate" ->
                    evaluate(Options.parse(
                            rest,
                            Set.of(
                                    "in",
                                    "text-column",
                                    "label-column",
                                    "model",
                                    "lang",
                                    "cv",
                                    "task",
                                    "survey-scale")));
                default -> throw new Options.UsageException("Unknown command: " + args[0]);
            }
            return 0;
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    static String usage() {
        return """
                usage: java -jar feedback-analyzer-cli.jar <command> [options]

                  analyze  --in FILE --out FILE.jsonl [--text-column text] [--id-column id] [--model DIR] [--lang ru|bg|en]
                  train    --in FILE --text-column text --label-column label [--theme-column COLUMN]
                           [--lang ru|bg|en|auto] [--survey-scale nps|csat|ces] [--taxonomy FILE.json] --out DIR
                  evaluate --in FILE --text-column text --label-column label [--model DIR] [--cv K]
                           [--task sentiment|themes] [--lang ru|bg|en|auto] [--survey-scale nps|csat|ces]

                FILE is TSV with a header row (RFC 4180 quoting) or JSON Lines; other columns are ignored.
                --lang gives the texts' language (default: identified per text); --survey-scale reads the
                label column as survey scores (NPS 0-6/7-8/9-10, CSAT 1-2/3/4-5, CES 1-3/4/5-7).
                """;
    }

    private void analyze(Options o) throws IOException {
        Path in = o.requirePath("in");
        Path outFile = o.requirePath("out");
        String textColumn = o.get("text-column", "text");
        FeedbackAnalyzer analyzer = analyzer(o.path("model"));
        AnalysisHint hint = hint(o.get("lang"));
        long start = System.nanoTime();
        int records = 0;
        int emptyText = 0;
        try (RecordReader reader = RecordReader.open(in);
                BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            String idColumn = idColumn(o.get("id-column"), reader.header());
            List<String> ids = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Map<String, String> r = reader.next(); ; r = reader.next()) {
                if (r != null) {
                    records++;
                    String text = r.getOrDefault(textColumn, "");
                    emptyText += text.isBlank() ? 1 : 0;
                    ids.add(idColumn != null && r.containsKey(idColumn) ? r.get(idColumn) : String.valueOf(records));
                    texts.add(text);
                }
                if (r == null || texts.size() == BATCH) {
                    write(w, ids, analyzer.analyzeAll(texts, hint));
                    ids.clear();
                    texts.clear();
                }
                if (r == null) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(
                    Locale.ROOT,
                    "analysed %d records (%d with empty text, %d unreadable lines) in %.1f s, %.0f records/s%n",
                    records,
                    emptyText,
                    reader.malformed(),
                    seconds,
                    records / Math.max(seconds, 1e-9));
        }
    }

    private static @Nullable String idColumn(@Nullable String given, List<String> header) {
        if (given != null) {
            return given;
        }
        for (String c : ID_COLUMNS) {
            if (header.isEmpty() || header.contains(c)) {
                return header.isEmpty() ? "id" : c;
            }
        }
        return null;
    }

    private static void write(BufferedWriter w, List<String> ids, List<FeedbackAnalysis> results) throws IOException {
        for (int i = 0; i < results.size(); i++) {
            w.write(Json.write(json(ids.get(i), results.get(i))));
            w.write('\n');
        }
    }

    static Map<String, Object> json(String id, FeedbackAnalysis a) {
        Map<String, Object> sentiment = new LinkedHashMap<>();
        sentiment.put("label", a.sentiment().label().code());
        sentiment.put("score", a.sentiment().score());
        sentiment.put("confidence", a.sentiment().confidence());
        List<Object> explanation = new ArrayList<>();
        for (SentimentCue c : a.sentiment().explanation()) {
            explanation.add(Map.of("text", c.text(), "weight", c.weight()));
        }
        sentiment.put("explanation", explanation);
        List<Object> keywords = new ArrayList<>();
        for (Keyword k : a.keywords()) {
            keywords.add(Map.of("text", k.text(), "key", k.key(), "score", k.score()));
        }
        List<Object> themes = new ArrayList<>();
        for (ThemeMatch t : a.themes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("theme", t.theme());
            m.put("sentiment", t.sentiment().code());
            m.put("confidence", Math.round(t.confidence() * 1000) / 1000.0);
            m.put("evidence", t.evidence());
            themes.add(m);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("language", a.language().code());
        record.put("sentiment", sentiment);
        record.put("keywords", keywords);
        record.put("themes", themes);
        return record;
    }

    private void train(Options o) throws IOException {
        boolean themesOnly = o.get("label-column") == null && o.get("theme-column") != null;
        LabelledFile.Result data = LabelledFile.read(
                o.requirePath("in"),
                new LabelledFile.Columns(
                        o.get("text-column", "text"),
                        themesOnly ? null : o.require("label-column"),
                        o.get("theme-column"),
                        scale(o.get("survey-scale"))));
        err.println(data.summary());
        ModelTrainer trainer = trainer(o);
        long start = System.nanoTime();
        TrainedModel model = trainer.train(data.examples());
        double seconds = (System.nanoTime() - start) / 1e9;
        Path dir = o.requirePath("out");
        model.save(dir);
        out.printf(
                Locale.ROOT,
                "model %s saved to %s in %.1f s (training %d texts)%n",
                model.manifest().version(),
                dir,
                seconds,
                model.manifest().trainingSize());
        model.manifest()
                .metrics()
                .forEach((k, v) -> out.printf(
                        Locale.ROOT,
                        "  %-32s %s%n",
                        k,
                        v % 1 == 0 ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.4f", v)));
        if (model.manifest().languages().isEmpty() && model.trainedThemes().isEmpty()) {
            err.println(
                    "warning: no language had enough labelled texts (30) to train; the built-in model stays in use");
        }
    }

    private ModelTrainer trainer(Options o) throws IOException {
        ModelTrainer trainer = ModelTrainer.create();
        String lang = o.get("lang", "auto");
        if (!lang.equals("auto")) {
            trainer = trainer.language(Language.of(lang));
        }
        Path taxonomy = o.path("taxonomy");
        if (taxonomy != null) {
            trainer = trainer.taxonomy(org.helpdesk.analysis.ThemeTaxonomy.load(taxonomy));
        }
        return trainer;
    }

    private void evaluate(Options o) throws IOException {
        boolean themes = o.get("task", "sentiment").equals("themes");
        if (!themes && !o.get("task", "sentiment").equals("sentiment")) {
            throw new Options.UsageException("--task is sentiment or themes");
        }
        String labelColumn = o.require("label-column");
        LabelledFile.Result data = LabelledFile.read(
                o.requirePath("in"),
                new LabelledFile.Columns(
                        o.get("text-column", "text"),
                        themes ? null : labelColumn,
                        themes ? labelColumn : null,
                        scale(o.get("survey-scale"))));
        out.println(data.summary());
        int folds = o.integer("cv", 0);
        EvaluationReport report;
        if (folds > 0) {
            if (o.get("model") != null) {
                throw new Options.UsageException("--cv trains its own models; leave out --model");
            }
            ModelTrainer trainer = trainer(o);
            long start = System.nanoTime();
            report = themes
                    ? trainer.crossValidateThemes(data.examples(), folds)
                    : trainer.crossValidate(data.examples(), folds);
            out.printf(
                    Locale.ROOT,
                    "%d-fold cross-validation of training (%s) in %.1f s%n",
                    folds,
                    themes ? "themes" : "sentiment",
                    (System.nanoTime() - start) / 1e9);
        } else {
            FeedbackAnalyzer analyzer = analyzer(o.path("model"));
            out.println(
                    "model: " + analyzer.modelManifest().map(m -> m.version()).orElse("built-in"));
            report = themes
                    ? evaluateThemes(analyzer, data.examples(), hint(o.get("lang")))
                    : evaluateSentiment(analyzer, data.examples(), hint(o.get("lang")));
        }
        out.println();
        out.print(report.format());
    }

    private static EvaluationReport evaluateSentiment(
            FeedbackAnalyzer analyzer, List<TrainingExample> examples, AnalysisHint hint) {
        List<String> labels = List.of("negative", "neutral", "positive");
        int[] gold = new int[examples.size()];
        int[] predicted = new int[examples.size()];
        long start = System.nanoTime();
        for (int i = 0; i < examples.size(); i++) {
            TrainingExample e = examples.get(i);
            gold[i] = labels.indexOf(e.sentiment().code());
            predicted[i] = labels.indexOf(
                    analyzer.analyze(e.text(), hint).sentiment().label().code());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return EvaluationReport.of(labels, gold, predicted).withSpeed(examples.size() / Math.max(seconds, 1e-9));
    }

    /** The theme with the highest confidence against the label; "(none)" when no theme was found. */
    private static EvaluationReport evaluateThemes(
            FeedbackAnalyzer analyzer, List<TrainingExample> examples, AnalysisHint hint) {
        List<String> labels = new ArrayList<>(new TreeSet<>(
                examples.stream().map(e -> String.valueOf(e.theme())).toList()));
        labels.add("(none)");
        int[] gold = new int[examples.size()];
        int[] predicted = new int[examples.size()];
        long start = System.nanoTime();
        for (int i = 0; i < examples.size(); i++) {
            gold[i] = labels.indexOf(String.valueOf(examples.get(i).theme()));
            List<ThemeMatch> found =
                    analyzer.analyze(examples.get(i).text(), hint).themes();
            int p = found.isEmpty() ? -1 : labels.indexOf(found.get(0).theme());
            predicted[i] = p < 0 ? labels.size() - 1 : p;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return EvaluationReport.of(labels, gold, predicted).withSpeed(examples.size() / Math.max(seconds, 1e-9));
    }

    private static FeedbackAnalyzer analyzer(@Nullable Path model) throws IOException {
        return model == null ? FeedbackAnalyzer.builtIn() : FeedbackAnalyzer.withModel(model);
    }

    private static AnalysisHint hint(@Nullable String lang) {
        return lang == null || lang.equals("auto")
                ? AnalysisHint.none()
                : AnalysisHint.customerLanguage(Language.of(lang));
    }

    private static @Nullable SurveyScale scale(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return SurveyScale.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--survey-scale is nps, csat or ces");
        }
    }
}
