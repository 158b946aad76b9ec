package org.helpdesk.analysis.internal.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
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
 * A compiled classifier over text features (sentiment labels or themes): one maxent model, or a
 * product of experts whose weighted scores are summed (maxent plus naive Bayes). Thread-safe; each
 * thread reuses its own buffers, so classifying allocates only the result.
 */
public final class TextClassifier {

    private static final int MAX_CUES = 5;
    private static final double MIN_CUE_WEIGHT = 0.05;

    private final List<Member> members;
    private final LinearModel primary;
    private final int[][] outcomeMaps;
    private final Featurizer featurizer;
    private final Calibration calibration;
    private final ThreadLocal<Scratch> scratch;

    /** One expert: a compiled model and the weight of its scores in the sum. */
    public record Member(LinearModel model, double weight) {}

    public TextClassifier(LinearModel model, Featurizer featurizer, Calibration calibration) {
        this(List.of(new Member(model, 1.0)), featurizer, calibration);
    }

    public TextClassifier(List<Member> members, Featurizer featurizer, Calibration calibration) {
        this.members = List.copyOf(members);
        this.primary = members.get(0).model();
        this.outcomeMaps = new int[members.size()][];
        for (int m = 0; m < members.size(); m++) {
            LinearModel model = members.get(m).model();
            outcomeMaps[m] = new int[model.outcomeCount()];
            for (int k = 0; k < model.outcomeCount(); k++) {
                outcomeMaps[m][k] = primary.indexOf(model.outcome(k));
            }
        }
        this.featurizer = featurizer;
        this.calibration = calibration;
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    /** The primary model, whose outcome order all scores follow. */
    public LinearModel model() {
        return primary;
    }

    public List<Member> members() {
        return members;
    }

    public Calibration calibration() {
        return calibration;
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    public TextClassifier withCalibration(Calibration c) {
        return new TextClassifier(members, featurizer, c);
    }

    /** Uncalibrated summed scores per outcome for tokens {@code [from, to)}. */
    public double[] rawScores(AnalyzedText text, int from, int to) {
        Scratch s = scratch.get();
        s.run(text, from, to, false);
        return s.combined();
    }

    /** The prediction for tokens {@code [from, to)}, with the phrases behind it if asked. */
    public Prediction predict(AnalyzedText text, int from, int to, boolean explain) {
        Scratch s = scratch.get();
        s.run(text, from, to, explain);
        double[] p = s.combined();
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
     * @param outcome index of the most probable outcome in the primary model's order
     * @param probabilities calibrated probabilities per outcome
     * @param cues phrases that pushed towards {@code outcome}, strongest first
     */
    public record Prediction(int outcome, double[] probabilities, List<SentimentCue> cues) {}

    /** Per-thread buffers: scores per member, and the primary's matched features and spans. */
    private final class Scratch implements FeatureSink {
        final double[][] scores = new double[members.size()][];
        final StringBuilder buf = new StringBuilder(64);
        int[] slots = new int[256];
        int[] froms = new int[256];
        int[] tos = new int[256];
        float[] values = new float[256];
        int count;
        boolean record;

        Scratch() {
            for (int m = 0; m < members.size(); m++) {
                scores[m] = new double[members.get(m).model().outcomeCount()];
            }
        }

        void run(AnalyzedText text, int from, int to, boolean explain) {
            for (double[] s : scores) {
                Arrays.fill(s, 0);
            }
            count = 0;
            record = explain;
            featurizer.extract(text, from, to, this, buf);
        }

        double[] combined() {
            double[] out = new double[primary.outcomeCount()];
            for (int m = 0; m < members.size(); m++) {
                double w = members.get(m).weight();
                for (int k = 0; k < scores[m].length; k++) {
                    int target = outcomeMaps[m][k];
                    if (target >= 0) {
                        out[target] += w * scores[m][k];
                    }
                }
            }
            return out;
        }

        @Override
        public void add(CharSequence name, int from, int to, float value) {
            long hash = FeatureHash.of(name);
            for (int m = 0; m < members.size(); m++) {
                LinearModel model = members.get(m).model();
                int slot = model.find(hash);
                if (slot < 0) {
                    continue;
                }
                model.addTo(slot, value, scores[m]);
                if (m == 0 && record && from >= 0) {
                    remember(slot, from, to, value);
                }
            }
        }

        private void remember(int slot, int from, int to, float value) {
            if (count == slots.length) {
                slots = Arrays.copyOf(slots, count * 2);
                froms = Arrays.copyOf(froms, count * 2);
                tos = Arrays.copyOf(tos, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            slots[count] = slot;
            froms[count] = from;
            tos[count] = to;
            values[count] = value;
            count++;
        }

        List<SentimentCue> cues(AnalyzedText text, int outcome) {
            Map<String, Double> bySurface = new HashMap<>();
            int outcomes = primary.outcomeCount();
            for (int i = 0; i < count; i++) {
                double mean = 0;
                for (int k = 0; k < outcomes; k++) {
                    mean += primary.weight(slots[i], k);
                }
                double push = values[i] * (primary.weight(slots[i], outcome) - mean / outcomes);
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
