package org.helpdesk.analysis.internal.sentiment;

import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.ml.MaxentSettings;

/**
 * How to train one classifier: its features, the maxent settings, the weight of the naive Bayes
 * expert, and the inner folds used to calibrate.
 */
public record TrainingRecipe(
        FeatureOptions features,
        MaxentSettings maxent,
        double naiveBayesWeight,
        int calibrationFolds,
        boolean tuneOffsets) {

    /**
     * Chosen per language by 5-fold cross-validation on our development sets (Russian bank and
     * telecom tweets, Bulgarian cinema comments, English airline tweets); see
     * docs/analyzer-evaluation.md. Other languages get the English recipe.
     */
    public static TrainingRecipe sentiment(Language language) {
        if (language.equals(Language.RUSSIAN)) {
            // Rich morphology and slang: char n-grams, lexicon and negation all pay off; so do the
            // written forms next to the stems and negation-marked char n-grams, with a little more L2.
            return new TrainingRecipe(
                    new FeatureOptions(true, true, 3, 5, true, true, 0.4f, true, false, false),
                    MaxentSettings.quasiNewton(100, 1, 0.2),
                    0.25,
                    3,
                    true);
        }
        if (language.equals(Language.BULGARIAN)) {
            // Short star-rated comments: char n-grams and a stronger naive Bayes expert help; the
            // lexicon and negation marks did not.
            return new TrainingRecipe(
                    new FeatureOptions(false, true, 3, 5, false, false, 0.4f, false, false, false),
                    MaxentSettings.quasiNewton(100, 1, 0.1),
                    0.5,
                    3,
                    true);
        }
        // Tweets to companies: whom they address (@mentions) is a strong prior; words, bigrams,
        // negation and lexicon; char n-grams did not help.
        return new TrainingRecipe(
                new FeatureOptions(true, true, 0, 0, false, true, 1f, false, false, true),
                MaxentSettings.quasiNewton(100, 1, 0.5),
                0.25,
                3,
                true);
    }

    /** Themes: no sentiment lexicon features; offsets tuned for macro-F1 over the themes. */
    public static TrainingRecipe themes() {
        return new TrainingRecipe(
                new FeatureOptions(false, true, 3, 5, false, false, 0.4f, false, false, false),
                MaxentSettings.quasiNewton(100, 1, 0.1),
                0,
                3,
                true);
    }

    /** The built-in model: few seed texts, so lexicon features do the work; no inner folds. */
    public static TrainingRecipe builtIn() {
        return new TrainingRecipe(
                new FeatureOptions(true, true, 0, 0, false, true, 1f, false, false, false),
                MaxentSettings.quasiNewton(100, 1, 1.0),
                0,
                0,
                false);
    }

    public ClassifierTrainer trainer(org.helpdesk.analysis.internal.ml.Featurizer featurizer) {
        return new ClassifierTrainer(featurizer, maxent, calibrationFolds, tuneOffsets).naiveBayes(naiveBayesWeight);
    }
}
