package org.helpdesk.analysis;

import java.time.Clock;
import java.util.List;
import org.helpdesk.analysis.internal.ModelTraining;
import org.helpdesk.analysis.internal.sentiment.TrainingRecipe;
import org.jspecify.annotations.Nullable;

/**
 * Trains sentiment and theme models from labelled feedback, e.g. feedback whose survey score gives
 * a label ({@link TrainingExample#fromSurvey}). Training a few thousand texts takes seconds.
 *
 * <pre>{@code
 * TrainedModel model = ModelTrainer.create().language(Language.RUSSIAN).train(examples);
 * model.save(Path.of("models/2026-11"));
 * FeedbackAnalyzer analyzer = FeedbackAnalyzer.withModel(Path.of("models/2026-11"));
 * }</pre>
 *
 * <p>Instances are immutable; the configuring methods return new trainers.
 */
public final class ModelTrainer {

    private final @Nullable Language language;
    private final ThemeTaxonomy taxonomy;
    private final Clock clock;

    private ModelTrainer(@Nullable Language language, ThemeTaxonomy taxonomy, Clock clock) {
        this.language = language;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** A trainer that identifies each text's language and uses the built-in taxonomy. */
    public static ModelTrainer create() {
        return new ModelTrainer(null, ThemeTaxonomy.builtIn(), Clock.systemUTC());
    }

    /** All examples are in this language: skips identification (and its rare mistakes). */
    public ModelTrainer language(Language language) {
        return new ModelTrainer(language, taxonomy, clock);
    }

    /** The taxonomy whose keyword matches become features of trained theme classifiers. */
    public ModelTrainer taxonomy(ThemeTaxonomy taxonomy) {
        return new ModelTrainer(language, taxonomy, clock);
    }

    /** The clock that stamps the model's creation time. */
    public ModelTrainer clock(Clock clock) {
        return new ModelTrainer(language, taxonomy, clock);
    }

    /**
     * Trains a sentiment model per language from the examples with a sentiment label, and a theme
     * classifier per language from those with a theme. Languages with fewer than 30 examples are
     * left to the built-in model.
     */
    public TrainedModel train(List<TrainingExample> examples) {
        ModelTraining.Parts parts = training().train(examples);
        return TrainedModel.create(clock.instant(), parts.trainingSize(), parts.sentiment(), parts.themes(), taxonomy);
    }

    /** K-fold cross-validation of sentiment training on these examples (stratified, fixed seed). */
    public EvaluationReport crossValidate(List<TrainingExample> examples, int folds) {
        requireFolds(folds);
        return training().crossValidateSentiment(examples, folds);
    }

    /** K-fold cross-validation of theme training: the best theme per text against its label. */
    public EvaluationReport crossValidateThemes(List<TrainingExample> examples, int folds) {
        requireFolds(folds);
        return training().crossValidateThemes(examples, folds);
    }

    private ModelTraining training() {
        return new ModelTraining(language, taxonomy, TrainingRecipe.themes());
    }

    private static void requireFolds(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("Cross-validation needs at least 2 folds");
        }
    }
}
