package org.helpdesk.analysis.internal.ml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Multinomial naive Bayes over binarised features, expressed as a {@link LinearModel}: the weight of
 * feature f for class c is log P(f|c) with Laplace smoothing, and the always-present "bias" feature
 * carries log P(c). Naive Bayes is strong on rare classes with few examples, where maxent is
 * cautious, so the two are combined as a product of experts.
 */
public final class NaiveBayesWeights {

    private NaiveBayesWeights() {}

    public static LinearModel train(List<String[]> contexts, List<String> labels, double alpha, Predicate<String> use) {
        List<String> outcomes = List.copyOf(new TreeSet<>(labels));
        int k = outcomes.size();
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[k];
        double[] docs = new double[k];
        for (int i = 0; i < contexts.size(); i++) {
            int c = outcomes.indexOf(labels.get(i));
            docs[c]++;
            Set<String> seen = new HashSet<>();
            for (String f : contexts.get(i)) {
                if (use.test(f) && seen.add(f)) {
                    counts.computeIfAbsent(f, x -> new double[k])[c]++;
                    totals[c]++;
                }
            }
        }
        double vocabulary = counts.size();
        LinearModel.Builder builder = new LinearModel.Builder(outcomes.toArray(new String[0]), counts.size() + 1);
        int[] all = new int[k];
        for (int c = 0; c < k; c++) {
            all[c] = c;
        }
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            bias[c] = Math.log((docs[c] + 1) / (contexts.size() + k));
        }
        builder.add(FeatureHash.of("bias"), all, bias);
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            if (e.getKey().equals("bias")) {
                continue;
            }
            double[] w = new double[k];
            for (int c = 0; c < k; c++) {
                w[c] = Math.log((e.getValue()[c] + alpha) / (totals[c] + alpha * vocabulary));
            }
            // Only differences between classes matter to the softmax; centring keeps scores small.
            double mean = 0;
            for (double x : w) {
                mean += x / k;
            }
            for (int c = 0; c < k; c++) {
                w[c] -= mean;
            }
            builder.add(FeatureHash.of(e.getKey()), all, w);
        }
        return builder.build();
    }
}
