package org.helpdesk.analysis.internal.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import org.helpdesk.analysis.EvaluationReport;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.ml.LinearModel;
import org.helpdesk.analysis.internal.ml.MaxentTraining;
import org.jspecify.annotations.Nullable;

/**
 * One trained classifier of a model directory (the sentiment of one language, or its themes): the
 * OpenNLP maxent model, the optional naive Bayes expert, the calibration and what it was trained on.
 *
 * @param name file name stem inside the model directory ({@code sentiment-ru})
 * @param crossValidated out-of-fold results of the inner cross-validation, if any
 */
public record ClassifierPart(
        String name,
        Language language,
        FeatureOptions features,
        AbstractModel maxent,
        @Nullable LinearModel naiveBayes,
        double naiveBayesWeight,
        Calibration calibration,
        int examples,
        Map<String, Integer> labelCounts,
        @Nullable EvaluationReport crossValidated) {

    public TextClassifier classifier(Featurizer featurizer) {
        List<TextClassifier.Member> members = new ArrayList<>();
        members.add(new TextClassifier.Member(LinearModel.compile(maxent), 1.0));
        if (naiveBayes != null && naiveBayesWeight > 0) {
            members.add(new TextClassifier.Member(naiveBayes, naiveBayesWeight));
        }
        return new TextClassifier(members, featurizer, calibration);
    }

    /** Writes the model files and returns the manifest entry describing them. */
    public Map<String, Object> write(Path directory) throws IOException {
        Files.write(directory.resolve(name + ".bin"), MaxentTraining.write(maxent));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("language", language.code());
        d.put("file", name + ".bin");
        if (naiveBayes != null) {
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(directory.resolve(name + ".nb")))) {
                naiveBayes.writeTo(out);
            }
            d.put("naiveBayesFile", name + ".nb");
            d.put("naiveBayesWeight", naiveBayesWeight);
        }
        d.put("features", features.encode());
        d.put("calibration", calibration.encode());
        d.put("examples", examples);
        d.put("labels", labelCounts);
        if (crossValidated != null) {
            d.put("crossValidated", metrics(crossValidated));
        }
        return d;
    }

    private static Map<String, Object> metrics(EvaluationReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", r.documents());
        m.put("accuracy", round(r.accuracy()));
        m.put("macroF1", round(r.macroF1()));
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (EvaluationReport.ClassMetrics c : r.perClass()) {
            perClass.put(
                    c.label(),
                    Map.of("precision", round(c.precision()), "recall", round(c.recall()), "f1", round(c.f1())));
        }
        m.put("perClass", perClass);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Reads a part described by a manifest entry. */
    public static ClassifierPart read(Path directory, Map<?, ?> d) throws IOException {
        String name = string(d, "name");
        AbstractModel maxent = MaxentTraining.read(Files.readAllBytes(inside(directory, string(d, "file"))));
        LinearModel nb = null;
        double nbWeight = 0;
        if (d.get("naiveBayesFile") instanceof String nbFile) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(inside(directory, nbFile)))) {
                nb = LinearModel.readFrom(in);
            }
            nbWeight = d.get("naiveBayesWeight") instanceof Double w ? w : 0;
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        if (d.get("labels") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> labels.put(String.valueOf(k), v instanceof Double x ? x.intValue() : 0));
        }
        int examples = d.get("examples") instanceof Double x ? x.intValue() : 0;
        return new ClassifierPart(
                name,
                Language.of(string(d, "language")),
                FeatureOptions.decode(string(d, "features")),
                maxent,
                nb,
                nbWeight,
                Calibration.decode(string(d, "calibration")),
                examples,
                labels,
                null);
    }

    /** A file named by the manifest; names that lead outside the model directory are refused. */
    private static Path inside(Path directory, String file) throws IOException {
        Path p = directory.resolve(file).normalize();
        if (!p.startsWith(directory.normalize()) || p.equals(directory.normalize())) {
            throw new IOException("Model file outside the model directory: " + file);
        }
        return p;
    }

    private static String string(Map<?, ?> d, String key) throws IOException {
        if (d.get(key) instanceof String s) {
            return s;
        }
        throw new IOException("Model manifest entry lacks \"" + key + "\"");
    }
}
