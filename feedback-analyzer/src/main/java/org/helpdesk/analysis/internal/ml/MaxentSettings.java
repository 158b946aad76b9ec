package org.helpdesk.analysis.internal.ml;

/**
 * How to train a maxent model with OpenNLP.
 *
 * @param algorithm {@code MAXENT_QN} (L-BFGS with L2 regularisation, our default: it generalises
 *     better than GIS on sparse text features) or {@code MAXENT} (GIS)
 * @param iterations maximum iterations
 * @param cutoff features seen fewer times are dropped
 * @param l2 L2 cost (QN only)
 * @param l1 L1 cost (QN only)
 */
public record MaxentSettings(String algorithm, int iterations, int cutoff, double l2, double l1) {

    public static MaxentSettings quasiNewton(int iterations, int cutoff, double l2) {
        return new MaxentSettings("MAXENT_QN", iterations, cutoff, l2, 0);
    }
}
