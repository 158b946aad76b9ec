package org.helpdesk.analysis.internal.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.SentimentCue;
import org.helpdesk.analysis.internal.ml.FeatureHash;
import org.helpdesk.analysis.internal.ml.FeatureSink;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.ml.LinearModel;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * A compiled maxent classifier over text features: sentiment labels or themes. Thread-safe; each
 * thread reuses its own buffers, so classifying allocates only the result.
 */
public final class TextClassifier {

    private static final int MAX_CUES = 5;
    private static final double MIN_CUE_WEIGHT = 0.05;

    private final LinearModel model;
    private final Featurizer featurizer;
    private final Calibration calibration;
    private final ThreadLocal<Scratch> scratch;

    public TextClassifier(LinearModel model, Featurizer featurizer, Calibration calibration) {
        this.model = model;
        this.featurizer = featurizer;
        this.calibration = calibration;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(model));
    }

    public LinearModel model() {
        return model;
    }

    public Calibration calibration() {
        return calibration;
    }

    public TextClassifier withCalibration(Calibration c) {
        return new TextClassifier(model, featurizer, c);
    }

    /** Uncalibrated summed scores per outcome for tokens {@code [from, to)}. */
    public double[] rawScores(AnalyzedText text, int from, int to) {
        Scratch s = scratch.get();
        s.run(featurizer, text, from, to, false);
        return s.scores.clone();
    }

    /** The prediction for tokens {@code [from, to)}, with the phrases behind it if asked. */
    public Prediction predict(AnalyzedText text, int from, int to, boolean explain) {
        Scratch s = scratch.get();
        s.run(featurizer, text, from, to, explain);
        double[] p = s.scores.clone();
        calibration.apply(p);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        List<SentimentCue> cues = explain ? s.cues(text, best) : List.of();
        return new Prediction(best, p, cues);
    }

    /**
     * @param outcome index of the most probable outcome in the model's order
     * @param probabilities calibrated probabilities per outcome
     * @param cues phrases that pushed towards {@code outcome}, strongest first
     */
    public record Prediction(int outcome, double[] probabilities, List<SentimentCue> cues) {}

    /** Per-thread buffers: scores, and the matched features' slots and token spans. */
    private static final class Scratch implements FeatureSink {
        final LinearModel model;
        final double[] scores;
        final StringBuilder buf = new StringBuilder(64);
        int[] slots = new int[256];
        int[] froms = new int[256];
        int[] tos = new int[256];
        float[] values = new float[256];
        int count;
        boolean record;

        Scratch(LinearModel model) {
            this.model = model;
            this.scores = new double[model.outcomeCount()];
        }

        void run(Featurizer featurizer, AnalyzedText text, int from, int to, boolean explain) {
            java.util.Arrays.fill(scores, 0);
            count = 0;
            record = explain;
            featurizer.extract(text, from, to, this, buf);
        }

        @Override
        public void add(CharSequence name, int from, int to, float value) {
            long hash = FeatureHash.of(name);
            int slot = model.find(hash);
            if (slot < 0) {
                return;
            }
            model.addTo(slot, value, scores);
            if (record && from >= 0) {
                if (count == slots.length) {
                    slots = java.util.Arrays.copyOf(slots, count * 2);
                    froms = java.util.Arrays.copyOf(froms, count * 2);
                    tos = java.util.Arrays.copyOf(tos, count * 2);
                    values = java.util.Arrays.copyOf(values, count * 2);
                }
                slots[count] = slot;
                froms[count] = from;
                tos[count] = to;
                values[count] = value;
                count++;
            }
        }

        List<SentimentCue> cues(AnalyzedText text, int outcome) {
            Map<String, Double> bySurface = new HashMap<>();
            int outcomes = scores.length;
            for (int i = 0; i < count; i++) {
                double mean = 0;
                for (int k = 0; k < outcomes; k++) {
                    mean += model.weight(slots[i], k);
                }
                double push = values[i] * (model.weight(slots[i], outcome) - mean / outcomes);
                bySurface.merge(surface(text, froms[i], tos[i]), push, Double::sum);
            }
            List<SentimentCue> cues = new ArrayList<>();
            for (Map.Entry<String, Double> e : bySurface.entrySet()) {
                if (e.getValue() >= MIN_CUE_WEIGHT) {
                    cues.add(new SentimentCue(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0));
                }
            }
            cues.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            return cues.size() > MAX_CUES ? List.copyOf(cues.subList(0, MAX_CUES)) : cues;
        }

        /** The written phrase; a negated word brings its negation along ("not good"). */
        private static String surface(AnalyzedText text, int from, int to) {
            int start = from;
            if (text.isNegated(from)) {
                for (int j = from - 1; j >= 0 && text.clause(j) == text.clause(from); j--) {
                    if (text.isNegation(j)) {
                        start = j;
                        break;
                    }
                }
            }
            return text.surface(start, to);
        }
    }
}
