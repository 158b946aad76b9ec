package org.helpdesk.analysis.internal.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpdesk.analysis.EvaluationReport;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.ml.LinearModel;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.jspecify.annotations.Nullable;

/** Trains one {@link ClassifierPart} and reports its out-of-fold quality. */
public final class PartTraining {

    private PartTraining() {}

    public static ClassifierPart train(
            String name,
            Language language,
            List<AnalyzedText> texts,
            List<String> labels,
            TrainingRecipe recipe,
            Featurizer featurizer) {
        ClassifierTrainer.Trained trained = recipe.trainer(featurizer).train(texts, labels);
        TextClassifier classifier = trained.classifier();
        LinearModel nb =
                classifier.members().size() > 1 ? classifier.members().get(1).model() : null;
        Map<String, Integer> counts = new TreeMap<>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return new ClassifierPart(
                name,
                language,
                recipe.features(),
                trained.openNlpModel(),
                nb,
                recipe.naiveBayesWeight(),
                classifier.calibration(),
                texts.size(),
                counts,
                report(trained.outOfFold(), classifier.calibration()));
    }

    private static @Nullable EvaluationReport report(ClassifierTrainer.OutOfFold oof, Calibration calibration) {
        if (oof.scores().length == 0) {
            return null;
        }
        int[] predicted = new int[oof.scores().length];
        List<Integer> gold = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            double[] p = oof.scores()[i].clone();
            calibration.apply(p);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                best = p[k] > p[best] ? k : best;
            }
            predicted[i] = best;
            gold.add(oof.gold()[i]);
        }
        return EvaluationReport.of(
                oof.outcomes(), gold.stream().mapToInt(Integer::intValue).toArray(), predicted);
    }
}
