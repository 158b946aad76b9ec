package org.helpdesk.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.helpdesk.analysis.internal.AnalysisEngine;
import org.helpdesk.analysis.internal.text.TextCleaner;
import org.jspecify.annotations.Nullable;

/**
 * Analyses customer feedback in Russian, Bulgarian and English: language, sentiment with an
 * explanation, keywords, and themes with their own sentiment.
 *
 * <p>Thread-safe and meant to be shared: create one per model and reuse it. The first analyzer in a
 * JVM loads the language model and trains the built-in sentiment model (a second or two). Analysis
 * never throws for any input text: null, empty, HTML, control characters and huge texts are
 * cleaned or cut.
 *
 * <pre>{@code
 * FeedbackAnalyzer analyzer = FeedbackAnalyzer.builtIn();
 * FeedbackAnalysis a = analyzer.analyze("Доставка опоздала на неделю, но курьер был вежлив",
 *         AnalysisHint.customerLanguage(Language.RUSSIAN));
 * a.sentiment().label();   // NEGATIVE
 * a.themes();              // waiting_time: negative, staff_attitude: positive, ...
 * }</pre>
 */
public final class FeedbackAnalyzer {

    private final AnalysisEngine engine;
    private final ThemeTaxonomy taxonomy;
    private final @Nullable TrainedModel model;

    private FeedbackAnalyzer(Builder builder) {
        this.model = builder.model;
        this.taxonomy = builder.taxonomy != null
                ? builder.taxonomy
                : model != null ? model.taxonomy() : ThemeTaxonomy.builtIn();
        this.engine = new AnalysisEngine(
                model != null ? model.sentimentParts() : Map.of(),
                model != null ? model.themeParts() : Map.of(),
                model != null ? model.taxonomy() : taxonomy,
                taxonomy,
                builder.keywordsPerText,
                builder.maxTextLength);
    }

    /** The analyzer with our built-in model, lexicons and taxonomy; needs no training data. */
    public static FeedbackAnalyzer builtIn() {
        return builder().build();
    }

    /** An analyzer with a trained model directory (see {@link TrainedModel#save(Path)}). */
    public static FeedbackAnalyzer withModel(Path modelDirectory) throws IOException {
        return builder().model(TrainedModel.load(modelDirectory)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures an analyzer; every setting has a sensible default. */
    public static final class Builder {
        private @Nullable TrainedModel model;
        private @Nullable ThemeTaxonomy taxonomy;
        private int keywordsPerText = 5;
        private int maxTextLength = TextCleaner.DEFAULT_MAX_CHARS;

        private Builder() {}

        /** A trained model; languages it has no model for use the built-in one. */
        public Builder model(TrainedModel model) {
            this.model = Objects.requireNonNull(model);
            return this;
        }

        /** The theme taxonomy to match (default: the model's, else the built-in one). */
        public Builder taxonomy(ThemeTaxonomy taxonomy) {
            this.taxonomy = Objects.requireNonNull(taxonomy);
            return this;
        }

        /** How many keywords to report per text (default 5). */
        public Builder keywordsPerText(int count) {
            this.keywordsPerText = Math.max(0, count);
            return this;
        }

        /** Texts longer than this many chars are cut before analysis (default 20,000). */
        public Builder maxTextLength(int chars) {
            this.maxTextLength = Math.max(100, chars);
            return this;
        }

        public FeedbackAnalyzer build() {
            return new FeedbackAnalyzer(this);
        }
    }

    /** Analyses one text of unknown language. */
    public FeedbackAnalysis analyze(@Nullable String text) {
        return analyze(text, AnalysisHint.none());
    }

    /** Analyses one text; the hint's customer language breaks ties between similar languages. */
    public FeedbackAnalysis analyze(@Nullable String text, AnalysisHint hint) {
        return engine.analyze(text, hint.customerLanguage());
    }

    /** Analyses texts on all cores; results are in the order of {@code texts}. */
    public List<FeedbackAnalysis> analyzeAll(List<String> texts) {
        return analyzeAll(texts, AnalysisHint.none());
    }

    /** Analyses texts on all cores with one hint for all; results are in the order of {@code texts}. */
    public List<FeedbackAnalysis> analyzeAll(List<String> texts, AnalysisHint hint) {
        return texts.parallelStream().map(t -> analyze(t, hint)).toList();
    }

    /** Only the language of a text. */
    public Language detectLanguage(@Nullable String text, AnalysisHint hint) {
        return engine.language(text, hint.customerLanguage());
    }

    /** The most salient phrases of a collection of texts, by how many texts use them. */
    public List<Keyword> keywords(Collection<String> texts, int limit) {
        return engine.collectionKeywords(texts, null, limit);
    }

    /**
     * The phrases that set a collection apart from a background (TF-IDF against it), e.g. this
     * week's complaints against all feedback of the year.
     */
    public List<Keyword> keywords(Collection<String> texts, Collection<String> background, int limit) {
        return engine.collectionKeywords(texts, background, limit);
    }

    /** Frequent phrases of a collection that no theme of the taxonomy covers: candidate themes. */
    public List<ThemeCandidate> discoverThemes(Collection<String> texts, int limit) {
        return engine.discoverThemes(texts, limit);
    }

    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The trained model's manifest, if the analyzer has a trained model. */
    public java.util.Optional<ModelManifest> modelManifest() {
        return model == null ? java.util.Optional.empty() : java.util.Optional.of(model.manifest());
    }
}
