package org.helpdesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well predicted labels match gold labels: accuracy, macro-F1, per-class precision, recall and
 * F1, and the confusion matrix. Macro-F1 averages over the classes that occur in the gold labels.
 *
 * @param labels class labels, in the order of {@code perClass} and the confusion matrix
 * @param confusion {@code confusion.get(gold).get(predicted)} = number of texts
 * @param foldMacroF1 macro-F1 of each fold when cross-validated, else empty
 * @param docsPerSecond analysis speed while predicting (one thread), 0 when not measured
 */
public record EvaluationReport(
        List<String> labels,
        List<List<Integer>> confusion,
        double accuracy,
        double macroF1,
        List<ClassMetrics> perClass,
        int documents,
        List<Double> foldMacroF1,
        double docsPerSecond) {

    public EvaluationReport {
        labels = List.copyOf(labels);
        confusion = confusion.stream().map(List::copyOf).toList();
        perClass = List.copyOf(perClass);
        foldMacroF1 = List.copyOf(foldMacroF1);
    }

    /** Precision, recall and F1 of one class, with its number of gold texts. */
    public record ClassMetrics(String label, double precision, double recall, double f1, int support) {}

    /** Builds a report from gold and predicted label indexes into {@code labels}. */
    public static EvaluationReport of(List<String> labels, int[] gold, int[] predicted) {
        int k = labels.size();
        int[][] m = new int[k][k];
        for (int i = 0; i < gold.length; i++) {
            m[gold[i]][predicted[i]]++;
        }
        List<List<Integer>> confusion = new ArrayList<>();
        List<ClassMetrics> perClass = new ArrayList<>();
        int correct = 0;
        double f1Sum = 0;
        int goldClasses = 0;
        for (int c = 0; c < k; c++) {
            List<Integer> row = new ArrayList<>();
            int predictedAsC = 0;
            int support = 0;
            for (int j = 0; j < k; j++) {
                row.add(m[c][j]);
                predictedAsC += m[j][c];
                support += m[c][j];
            }
            confusion.add(row);
            correct += m[c][c];
            double precision = predictedAsC == 0 ? 0 : (double) m[c][c] / predictedAsC;
            double recall = support == 0 ? 0 : (double) m[c][c] / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (support > 0) {
                f1Sum += f1;
                goldClasses++;
            }
            perClass.add(new ClassMetrics(labels.get(c), precision, recall, f1, support));
        }
        double accuracy = gold.length == 0 ? 0 : (double) correct / gold.length;
        double macroF1 = goldClasses == 0 ? 0 : f1Sum / goldClasses;
        return new EvaluationReport(labels, confusion, accuracy, macroF1, perClass, gold.length, List.of(), 0);
    }

    public EvaluationReport withFolds(List<Double> foldScores) {
        return new EvaluationReport(
                labels, confusion, accuracy, macroF1, perClass, documents, foldScores, docsPerSecond);
    }

    public EvaluationReport withSpeed(double docsPerSecond) {
        return new EvaluationReport(
                labels, confusion, accuracy, macroF1, perClass, documents, foldMacroF1, docsPerSecond);
    }

    /** A plain-text report for people. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents  %d%n", documents));
        sb.append(String.format(Locale.ROOT, "accuracy   %.4f%n", accuracy));
        sb.append(String.format(Locale.ROOT, "macro-F1   %.4f%n", macroF1));
        if (!foldMacroF1.isEmpty()) {
            double mean = foldMacroF1.stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
            double var = foldMacroF1.stream()
                            .mapToDouble(f -> (f - mean) * (f - mean))
                            .sum()
                    / Math.max(1, foldMacroF1.size() - 1);
            sb.append(String.format(
                    Locale.ROOT,
                    "folds      %d, macro-F1 per fold %.4f ± %.4f (mean ± sd)%n",
                    foldMacroF1.size(),
                    mean,
                    Math.sqrt(var)));
        }
        if (docsPerSecond > 0) {
            sb.append(String.format(
                    Locale.ROOT,
                    "docs/s     %.0f (one thread, analysis including language identification)%n",
                    docsPerSecond));
        }
        int width = Math.max(10, labels.stream().mapToInt(String::length).max().orElse(0) + 2);
        sb.append('\n').append(pad("class", width)).append(" precision  recall      f1  support\n");
        for (ClassMetrics c : perClass) {
            sb.append(pad(c.label(), width))
                    .append(String.format(
                            Locale.ROOT, " %9.4f %7.4f %7.4f %8d%n", c.precision(), c.recall(), c.f1(), c.support()));
        }
        sb.append("\nconfusion (rows: gold, columns: predicted)\n").append(pad("", width));
        for (int j = 0; j < labels.size(); j++) {
            sb.append(String.format(Locale.ROOT, " %8s", "[" + j + "]"));
        }
        sb.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            sb.append(pad("[" + i + "] " + labels.get(i), width));
            for (int j = 0; j < labels.size(); j++) {
                sb.append(String.format(Locale.ROOT, " %8d", confusion.get(i).get(j)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
