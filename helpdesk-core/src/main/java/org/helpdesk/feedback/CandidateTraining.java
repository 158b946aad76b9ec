package org.helpdesk.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.EvaluationReport;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ModelTrainer;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.TrainedModel;
import org.helpdesk.analysis.TrainingExample;

/**
 * Trains a candidate model and measures it against the analyzer in force, on the same comments: the new model by
 * cross-validation (it never predicts a comment it was trained on), the current one by analysing each comment. One
 * trainer for all languages: it identifies each comment's language and trains one classifier per language.
 */
final class CandidateTraining {

    static final List<String> LABELS = List.of("negative", "neutral", "positive");

    /**
     * Five folds: with {@link SentimentModels#MIN_EXAMPLES} per language, each training part still holds the 30
     * comments the trainer needs to train a language at all, so the figure is the trained model's and not the
     * built-in fallback's.
     */
    static final int FOLDS = 5;

    private CandidateTraining() {}

    /** A labelled comment with the language the item was stored with. */
    record Labelled(String language, SentimentLabel label, String text) {

        TrainingExample example() {
            return TrainingExample.sentiment(text, label);
        }
    }

    record Result(TrainedModel model, EvaluationReport crossValidated, EvaluationReport current, String report) {}

    static Result run(
            List<Labelled> examples, FeedbackAnalyzer current, String currentVersion, ThemeTaxonomy taxonomy) {
        List<TrainingExample> plain = examples.stream().map(Labelled::example).toList();
        ModelTrainer trainer = ModelTrainer.create().taxonomy(taxonomy);
        TrainedModel model = trainer.train(plain);
        EvaluationReport crossValidated = trainer.crossValidate(plain, FOLDS);
        EvaluationReport now = evaluate(current, examples);
        return new Result(model, crossValidated, now, report(model, examples, crossValidated, now, currentVersion));
    }

    /** The analyzer as it labels feedback today, with the item's language as the hint the worker gives it too. */
    static EvaluationReport evaluate(FeedbackAnalyzer analyzer, List<Labelled> examples) {
        int[] gold = new int[examples.size()];
        int[] predicted = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Labelled l = examples.get(i);
            gold[i] = LABELS.indexOf(l.label().code());
            predicted[i] =
                    LABELS.indexOf(analyzer.analyze(l.text(), AnalysisHint.customerLanguage(Language.of(l.language())))
                            .sentiment()
                            .label()
                            .code());
        }
        return EvaluationReport.of(LABELS, gold, predicted);
    }

    static List<LabelCounts> counts(List<Labelled> examples) {
        Map<String, LabelCounts> counts = new LinkedHashMap<>();
        for (Labelled l : examples) {
            counts.merge(
                    l.language(),
                    new LabelCounts(l.language(), 0, 0, 0).plus(l.label().code(), 1),
                    (a, b) -> a.plus(l.label().code(), 1));
        }
        return List.copyOf(counts.values());
    }

    private static String report(
            TrainedModel model,
            List<Labelled> examples,
            EvaluationReport crossValidated,
            EvaluationReport current,
            String currentVersion) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Labelled comments: %d (quality managers' corrections first, then survey scores)%n",
                examples.size()));
        for (LabelCounts c : counts(examples)) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %s: %d (negative %d, neutral %d, positive %d)%n",
                    c.language(),
                    c.total(),
                    c.negative(),
                    c.neutral(),
                    c.positive()));
        }
        sb.append("Trained languages: ")
                .append(model.manifest().languages().stream()
                        .map(Language::code)
                        .collect(Collectors.joining(", ")))
                .append(" (other languages keep the built-in model)\n");
        List<String> metrics = new ArrayList<>();
        model.manifest().metrics().forEach((k, v) -> {
            if (k.startsWith("sentiment.") && k.endsWith(".macroF1")) {
                metrics.add(String.format(Locale.ROOT, "%s %.4f", k.split("\\.")[1], v));
            }
        });
        if (!metrics.isEmpty()) {
            sb.append("Calibration macro-F1 per language (inner folds): ")
                    .append(String.join(", ", metrics.stream().sorted().toList()))
                    .append('\n');
        }
        sb.append("\n== New model ")
                .append(model.manifest().version())
                .append(", ")
                .append(FOLDS);
        sb.append("-fold cross-validation ==\n").append(crossValidated.format());
        sb.append("\n== Current analyzer ").append(currentVersion).append(", on the same comments ==\n");
        sb.append(current.format());
        return sb.toString();
    }
}
