package org.helpdesk.analysis.internal.sentiment;

import java.util.Arrays;

/**
 * Post-training adjustment of a classifier's scores: per-class offsets that trade a little accuracy
 * for macro-F1 on imbalanced data (the minority class is usually the one that matters), and a
 * temperature that makes the reported confidence match the observed accuracy. Both are fitted on
 * out-of-fold predictions.
 *
 * @param temperature divides the log-linear scores before the softmax
 * @param offsets added to each class's score, in the model's outcome order
 */
public record Calibration(double temperature, double[] offsets) {

    public Calibration {
        offsets = offsets.clone();
    }

    public static Calibration identity(int outcomes) {
        return new Calibration(1.0, new double[outcomes]);
    }

    /** Applies offsets and temperature, then the softmax, in place. */
    public void apply(double[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (scores[i] + (i < offsets.length ? offsets[i] : 0)) / temperature;
        }
        org.helpdesk.analysis.internal.ml.LinearModel.softmax(scores);
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    public String encode() {
        StringBuilder sb = new StringBuilder().append(temperature);
        for (double o : offsets) {
            sb.append(',').append(o);
        }
        return sb.toString();
    }

    public static Calibration decode(String s) {
        String[] parts = s.split(",");
        double[] offsets = new double[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            offsets[i - 1] = Double.parseDouble(parts[i]);
        }
        return new Calibration(Double.parseDouble(parts[0]), offsets);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && c.temperature == temperature && Arrays.equals(c.offsets, offsets);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(temperature) * 31 + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "Calibration[" + encode() + "]";
    }
}
