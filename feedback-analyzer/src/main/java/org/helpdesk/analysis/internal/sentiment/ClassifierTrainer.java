package org.helpdesk.analysis.internal.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.ml.LinearModel;
import org.helpdesk.analysis.internal.ml.MaxentSettings;
import org.helpdesk.analysis.internal.ml.MaxentTraining;
import org.helpdesk.analysis.internal.ml.NaiveBayesWeights;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link TextClassifier} with OpenNLP, and fits its {@link Calibration} on out-of-fold
 * predictions of an inner cross-validation.
 */
public final class ClassifierTrainer {

    private final Featurizer featurizer;
    private final MaxentSettings settings;
    private final int calibrationFolds;
    private final boolean tuneOffsets;
    private double classBalance;
    private double naiveBayesWeight;

    /**
     * @param calibrationFolds inner folds for calibration; below 2 leaves the scores as trained
     * @param tuneOffsets whether to shift class scores towards the best macro-F1
     */
    public ClassifierTrainer(
            Featurizer featurizer, MaxentSettings settings, int calibrationFolds, boolean tuneOffsets) {
        this.featurizer = featurizer;
        this.settings = settings;
        this.calibrationFolds = calibrationFolds;
        this.tuneOffsets = tuneOffsets;
    }

    /**
     * Repeats training texts of rarer classes ({@code (largest / size)^exponent} times, rounded) so
     * that the model itself, not only the offsets, pays attention to them. 0 turns it off.
     */
    public ClassifierTrainer classBalance(double exponent) {
        this.classBalance = exponent;
        return this;
    }

    /** Adds a naive Bayes expert with this weight (0 = maxent alone). */
    public ClassifierTrainer naiveBayes(double weight) {
        this.naiveBayesWeight = weight;
        return this;
    }

    /** A trained classifier with the OpenNLP model it was compiled from (for saving). */
    public record Trained(TextClassifier classifier, AbstractModel openNlpModel, OutOfFold outOfFold) {}

    /**
     * Out-of-fold raw scores of the inner cross-validation, in the final model's outcome order;
     * empty when no calibration folds were used.
     */
    public record OutOfFold(List<String> outcomes, double[][] scores, int[] gold) {}

    public Trained train(List<AnalyzedText> texts, List<String> labels) {
        List<Context> contexts = contexts(texts);
        AbstractModel model = MaxentTraining.train(balanced(events(contexts, labels, null, -1)), settings);
        LinearModel compiled = LinearModel.compile(model);
        TextClassifier classifier = classifier(compiled, contexts, labels, null, -1);
        if (calibrationFolds < 2 || texts.size() < calibrationFolds * 10) {
            return new Trained(classifier, model, new OutOfFold(compiled.outcomes(), new double[0][], new int[0]));
        }
        OutOfFold oof = outOfFold(texts, contexts, labels, compiled.outcomes());
        Calibration calibration = CalibrationFit.fit(oof.scores(), oof.gold(), tuneOffsets);
        return new Trained(classifier.withCalibration(calibration), model, oof);
    }

    private OutOfFold outOfFold(
            List<AnalyzedText> texts, List<Context> contexts, List<String> labels, List<String> outcomes) {
        int[] fold = Folds.stratified(labels, calibrationFolds, 17);
        double[][] scores = new double[texts.size()][];
        for (int f = 0; f < calibrationFolds; f++) {
            List<Event> events = balanced(events(contexts, labels, fold, f));
            LinearModel m = LinearModel.compile(MaxentTraining.train(events, settings));
            TextClassifier c = classifier(m, contexts, labels, fold, f);
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] == f) {
                    scores[i] =
                            reorder(c.rawScores(texts.get(i), 0, texts.get(i).size()), m, outcomes);
                }
            }
        }
        int[] gold = new int[labels.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = outcomes.indexOf(labels.get(i));
        }
        return new OutOfFold(outcomes, scores, gold);
    }

    private TextClassifier classifier(
            LinearModel maxent, List<Context> contexts, List<String> labels, int @Nullable [] fold, int skipFold) {
        List<TextClassifier.Member> members = new ArrayList<>();
        members.add(new TextClassifier.Member(maxent, 1.0));
        if (naiveBayesWeight > 0) {
            List<String[]> names = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                if (fold == null || fold[i] != skipFold) {
                    names.add(contexts.get(i).names());
                    kept.add(labels.get(i));
                }
            }
            LinearModel nb = NaiveBayesWeights.train(names, kept, 0.5, f -> !f.startsWith("c"));
            members.add(new TextClassifier.Member(nb, naiveBayesWeight));
        }
        return new TextClassifier(members, featurizer, Calibration.identity(maxent.outcomeCount()));
    }

    /** Scores of a fold model in the final model's outcome order (a fold may lack a rare class). */
    private static double[] reorder(double[] scores, LinearModel m, List<String> outcomes) {
        double[] out = new double[outcomes.size()];
        java.util.Arrays.fill(out, -30);
        for (int k = 0; k < m.outcomeCount(); k++) {
            int target = outcomes.indexOf(m.outcome(k));
            if (target >= 0) {
                out[target] = scores[k];
            }
        }
        return out;
    }

    private List<Event> balanced(List<Event> events) {
        if (classBalance <= 0) {
            return events;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            counts.merge(e.getOutcome(), 1, Integer::sum);
        }
        int largest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Event> out = new ArrayList<>(events.size() * 2);
        for (Event e : events) {
            long copies =
                    Math.max(1, Math.round(Math.pow((double) largest / counts.get(e.getOutcome()), classBalance)));
            for (int c = 0; c < copies; c++) {
                out.add(e);
            }
        }
        return out;
    }

    /** The features of one training text; values are null when all are 1. */
    private record Context(String[] names, float @Nullable [] values) {}

    private List<Context> contexts(List<AnalyzedText> texts) {
        List<Context> contexts = new ArrayList<>(texts.size());
        Map<String, String> names = new HashMap<>();
        StringBuilder buf = new StringBuilder();
        List<String> features = new ArrayList<>();
        float[][] values = {new float[64]};
        for (AnalyzedText t : texts) {
            features.clear();
            boolean[] weighted = {false};
            featurizer.extract(
                    t,
                    0,
                    t.size(),
                    (name, from, to, value) -> {
                        int i = features.size();
                        features.add(names.computeIfAbsent(name.toString(), n -> n));
                        if (i == values[0].length) {
                            values[0] = java.util.Arrays.copyOf(values[0], i * 2);
                        }
                        values[0][i] = value;
                        weighted[0] |= value != 1f;
                    },
                    buf);
            float[] v = weighted[0] ? java.util.Arrays.copyOf(values[0], features.size()) : null;
            contexts.add(new Context(features.toArray(new String[0]), v));
        }
        return contexts;
    }

    private static List<Event> events(
            List<Context> contexts, List<String> labels, int @Nullable [] fold, int skipFold) {
        // OpenNLP's real-valued indexer wants values on every event once any has them.
        boolean weighted = contexts.stream().anyMatch(c -> c.values() != null);
        List<Event> events = new ArrayList<>(contexts.size());
        for (int i = 0; i < contexts.size(); i++) {
            if (fold == null || fold[i] != skipFold) {
                Context c = contexts.get(i);
                float[] values = c.values();
                if (weighted && values == null) {
                    values = new float[c.names().length];
                    java.util.Arrays.fill(values, 1f);
                }
                events.add(
                        values == null
                                ? new Event(labels.get(i), c.names())
                                : new Event(labels.get(i), c.names(), values));
            }
        }
        return events;
    }
}
