package org.helpdesk.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.helpdesk.analysis.EvaluationReport;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.TrainingExample;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.sentiment.ClassifierPart;
import org.helpdesk.analysis.internal.sentiment.Folds;
import org.helpdesk.analysis.internal.sentiment.PartTraining;
import org.helpdesk.analysis.internal.sentiment.SentimentFeatures;
import org.helpdesk.analysis.internal.sentiment.SentimentModel;
import org.helpdesk.analysis.internal.sentiment.TextClassifier;
import org.helpdesk.analysis.internal.sentiment.TrainingRecipe;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.themes.ThemeFeatures;
import org.helpdesk.analysis.internal.themes.ThemeMatcher;
import org.jspecify.annotations.Nullable;

/**
 * Trains sentiment and theme classifiers per language from labelled examples, and cross-validates
 * that training. Examples are grouped by language (given, or identified per text); a language with
 * fewer than {@link #MIN_EXAMPLES} examples keeps the built-in model.
 */
public final class ModelTraining {

    public static final int MIN_EXAMPLES = 30;
    private static final long FOLD_SEED = 42;

    private final @Nullable Language language;
    private final ThemeTaxonomy taxonomy;
    private final TrainingRecipe themeRecipe;
    private final SharedResources resources = SharedResources.get();
    private final TextPipeline pipeline;

    public ModelTraining(@Nullable Language language, ThemeTaxonomy taxonomy, TrainingRecipe themeRecipe) {
        this.language = language;
        this.taxonomy = taxonomy;
        this.themeRecipe = themeRecipe;
        this.pipeline = resources.pipeline(org.helpdesk.analysis.internal.text.TextCleaner.DEFAULT_MAX_CHARS);
    }

    /** The trained classifiers per language. */
    public record Parts(
            Map<Language, ClassifierPart> sentiment, Map<Language, ClassifierPart> themes, int trainingSize) {}

    public Parts train(List<TrainingExample> examples) {
        List<AnalyzedText> texts = prepare(examples);
        Map<Language, ClassifierPart> sentiment = new LinkedHashMap<>();
        Map<Language, ClassifierPart> themes = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<Language, Labelled> e :
                group(texts, examples, ex -> label(ex.sentiment())).entrySet()) {
            Labelled l = e.getValue();
            if (l.isTrainable()) {
                sentiment.put(e.getKey(), trainSentiment(e.getKey(), l));
                size += l.texts.size();
            }
        }
        for (Map.Entry<Language, Labelled> e :
                group(texts, examples, TrainingExample::theme).entrySet()) {
            Labelled l = e.getValue();
            if (l.isTrainable()) {
                themes.put(e.getKey(), trainThemes(e.getKey(), l));
                size = Math.max(size, l.texts.size());
            }
        }
        return new Parts(sentiment, themes, size);
    }

    private ClassifierPart trainSentiment(Language lang, Labelled l) {
        TrainingRecipe recipe = TrainingRecipe.sentiment(lang);
        return PartTraining.train(
                "sentiment-" + lang.code(), lang, l.texts, l.labels, recipe, sentimentFeatures(recipe));
    }

    private ClassifierPart trainThemes(Language lang, Labelled l) {
        return PartTraining.train("themes-" + lang.code(), lang, l.texts, l.labels, themeRecipe, themeFeatures());
    }

    private SentimentFeatures sentimentFeatures(TrainingRecipe recipe) {
        return new SentimentFeatures(recipe.features(), resources.lexicons());
    }

    private Featurizer themeFeatures() {
        return new ThemeFeatures(sentimentFeatures(themeRecipe), new ThemeMatcher(taxonomy, resources.stemmer()));
    }

    /** K-fold cross-validation of sentiment training; texts of untrained languages use the built-in model. */
    public EvaluationReport crossValidateSentiment(List<TrainingExample> examples, int folds) {
        List<String> labels = List.of("negative", "neutral", "positive");
        return crossValidate(examples, folds, ex -> label(ex.sentiment()), labels, true);
    }

    /** K-fold cross-validation of theme training: the classifier's best theme per text. */
    public EvaluationReport crossValidateThemes(List<TrainingExample> examples, int folds) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream()
                .map(TrainingExample::theme)
                .filter(t -> t != null)
                .map(t -> (String) t)
                .toList()));
        return crossValidate(examples, folds, TrainingExample::theme, labels, false);
    }

    private EvaluationReport crossValidate(
            List<TrainingExample> all,
            int folds,
            Function<TrainingExample, @Nullable String> labelOf,
            List<String> labels,
            boolean sentimentTask) {
        List<TrainingExample> examples =
                all.stream().filter(e -> labelOf.apply(e) != null).toList();
        List<AnalyzedText> texts = prepare(examples);
        List<String> gold =
                examples.stream().map(e -> (String) labelOf.apply(e)).toList();
        int[] fold = Folds.stratified(gold, folds, FOLD_SEED);
        int[] goldIndex = new int[examples.size()];
        int[] predicted = new int[examples.size()];
        List<Double> foldScores = new ArrayList<>();
        long nanos = 0;
        for (int f = 0; f < folds; f++) {
            Map<Language, Labelled> train = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] != f) {
                    train.computeIfAbsent(texts.get(i).rulesLanguage(), k -> new Labelled())
                            .add(texts.get(i), gold.get(i));
                }
            }
            Predictor predictor = sentimentTask ? sentimentPredictor(train) : themePredictor(train);
            List<Integer> g = new ArrayList<>();
            List<Integer> p = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] == f) {
                    AnalyzedText text = reprepare(examples.get(i));
                    goldIndex[i] = labels.indexOf(gold.get(i));
                    predicted[i] = Math.max(0, labels.indexOf(predictor.predict(text)));
                    g.add(goldIndex[i]);
                    p.add(predicted[i]);
                }
            }
            nanos += System.nanoTime() - start;
            foldScores.add(EvaluationReport.of(labels, toArray(g), toArray(p)).macroF1());
        }
        double docsPerSecond = nanos == 0 ? 0 : examples.size() / (nanos / 1e9);
        return EvaluationReport.of(labels, goldIndex, predicted)
                .withFolds(foldScores)
                .withSpeed(docsPerSecond);
    }

    /** Prepares the text again at prediction time, so that the speed includes the whole pipeline. */
    private AnalyzedText reprepare(TrainingExample e) {
        return language != null ? pipeline.analyzeAs(e.text(), language) : pipeline.analyze(e.text(), null);
    }

    private interface Predictor {
        String predict(AnalyzedText text);
    }

    private Predictor sentimentPredictor(Map<Language, Labelled> train) {
        Map<Language, SentimentModel> models = new HashMap<>(BuiltInSentiment.models());
        train.forEach((lang, l) -> {
            if (l.isTrainable()) {
                SentimentFeatures features = sentimentFeatures(TrainingRecipe.sentiment(lang));
                models.put(lang, new SentimentModel(trainSentiment(lang, l).classifier(features)));
            }
        });
        return text -> {
            SentimentModel m = models.getOrDefault(text.rulesLanguage(), models.get(Language.ENGLISH));
            return m.label(text).code();
        };
    }

    private Predictor themePredictor(Map<Language, Labelled> train) {
        Map<Language, TextClassifier> models = new HashMap<>();
        Featurizer features = themeFeatures();
        train.forEach((lang, l) -> {
            if (l.isTrainable()) {
                models.put(lang, trainThemes(lang, l).classifier(features));
            }
        });
        return text -> {
            TextClassifier c = models.get(text.rulesLanguage());
            if (c == null) {
                return "";
            }
            return c.model().outcome(c.predict(text, 0, text.size(), false).outcome());
        };
    }

    private List<AnalyzedText> prepare(List<TrainingExample> examples) {
        List<AnalyzedText> texts = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            texts.add(language != null ? pipeline.analyzeAs(e.text(), language) : pipeline.analyze(e.text(), null));
        }
        return texts;
    }

    private static Map<Language, Labelled> group(
            List<AnalyzedText> texts,
            List<TrainingExample> examples,
            Function<TrainingExample, @Nullable String> labelOf) {
        Map<Language, Labelled> groups = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String label = labelOf.apply(examples.get(i));
            if (label != null && !label.isBlank()) {
                groups.computeIfAbsent(texts.get(i).rulesLanguage(), k -> new Labelled())
                        .add(texts.get(i), label);
            }
        }
        return groups;
    }

    private static @Nullable String label(@Nullable SentimentLabel label) {
        return label == null ? null : label.code();
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Texts of one language with their labels. */
    private static final class Labelled {
        final List<AnalyzedText> texts = new ArrayList<>();
        final List<String> labels = new ArrayList<>();

        void add(AnalyzedText text, String label) {
            texts.add(text);
            labels.add(label);
        }

        boolean isTrainable() {
            return texts.size() >= MIN_EXAMPLES && new TreeSet<>(labels).size() >= 2;
        }
    }
}
