package org.helpdesk.analysis.internal.sentiment;

/** Fits a {@link Calibration} to out-of-fold scores. */
final class CalibrationFit {

    private static final double OFFSET_RANGE = 2.0;
    private static final double OFFSET_STEP = 0.1;

    private CalibrationFit() {}

    static Calibration fit(double[][] scores, int[] gold, boolean tuneOffsets) {
        int k = scores.length == 0 ? 0 : scores[0].length;
        double[] offsets = tuneOffsets ? offsets(scores, gold, k) : new double[k];
        return new Calibration(temperature(scores, gold, offsets), offsets);
    }

    /** Coordinate search for the class offsets with the best macro-F1; class 0 stays at zero. */
    private static double[] offsets(double[][] scores, int[] gold, int k) {
        double[] offsets = new double[k];
        double best = macroF1(scores, gold, offsets);
        for (int round = 0; round < 3; round++) {
            for (int c = 1; c < k; c++) {
                double keep = offsets[c];
                double bestValue = keep;
                for (double v = -OFFSET_RANGE; v <= OFFSET_RANGE + 1e-9; v += OFFSET_STEP) {
                    offsets[c] = v;
                    double f = macroF1(scores, gold, offsets);
                    // prefer small offsets on ties: they move the trained model least
                    if (f > best + 1e-9 || (Math.abs(f - best) <= 1e-9 && Math.abs(v) < Math.abs(bestValue))) {
                        best = f;
                        bestValue = v;
                    }
                }
                offsets[c] = bestValue;
            }
        }
        return offsets;
    }

    static double macroF1(double[][] scores, int[] gold, double[] offsets) {
        int k = offsets.length;
        int[] tp = new int[k];
        int[] predicted = new int[k];
        int[] actual = new int[k];
        for (int i = 0; i < scores.length; i++) {
            int p = argmax(scores[i], offsets);
            predicted[p]++;
            if (gold[i] >= 0) {
                actual[gold[i]]++;
                if (p == gold[i]) {
                    tp[p]++;
                }
            }
        }
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < k; c++) {
            if (actual[c] == 0) {
                continue;
            }
            classes++;
            double precision = predicted[c] == 0 ? 0 : (double) tp[c] / predicted[c];
            double recall = (double) tp[c] / actual[c];
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return classes == 0 ? 0 : sum / classes;
    }

    private static int argmax(double[] s, double[] offsets) {
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] + offsets[c] > s[best] + offsets[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The temperature with the lowest log-loss, so that confidence matches accuracy. */
    private static double temperature(double[][] scores, int[] gold, double[] offsets) {
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double t = 0.4; t <= 4.0 + 1e-9; t += 0.05) {
            double loss = logLoss(scores, gold, offsets, t);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        return bestT;
    }

    private static double logLoss(double[][] scores, int[] gold, double[] offsets, double t) {
        double loss = 0;
        double[] p = new double[offsets.length];
        for (int i = 0; i < scores.length; i++) {
            if (gold[i] < 0) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < p.length; c++) {
                p[c] = (scores[i][c] + offsets[c]) / t;
                max = Math.max(max, p[c]);
            }
            double sum = 0;
            for (int c = 0; c < p.length; c++) {
                sum += Math.exp(p[c] - max);
            }
            loss -= p[gold[i]] - max - Math.log(sum);
        }
        return loss;
    }
}
