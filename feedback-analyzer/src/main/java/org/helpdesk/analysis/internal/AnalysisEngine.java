package org.helpdesk.analysis.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.ThemeCandidate;
import org.helpdesk.analysis.ThemeMatch;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.internal.sentiment.ClassifierPart;
import org.helpdesk.analysis.internal.sentiment.FeatureOptions;
import org.helpdesk.analysis.internal.sentiment.SentimentFeatures;
import org.helpdesk.analysis.internal.sentiment.SentimentModel;
import org.helpdesk.analysis.internal.sentiment.TextClassifier;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.themes.CollectionKeywords;
import org.helpdesk.analysis.internal.themes.KeywordExtractor;
import org.helpdesk.analysis.internal.themes.ThemeAnalysis;
import org.helpdesk.analysis.internal.themes.ThemeFeatures;
import org.helpdesk.analysis.internal.themes.ThemeMatcher;
import org.jspecify.annotations.Nullable;

/** Everything an analyzer does, assembled from shared resources and (optionally) trained parts. */
public final class AnalysisEngine {

    private final SharedResources resources;
    private final TextPipeline pipeline;
    private final Map<Language, SentimentModel> sentiment;
    private final ThemeMatcher matcher;
    private final ThemeAnalysis themes;
    private final KeywordExtractor keywords;
    private final int keywordsPerText;

    /**
     * @param trainedSentiment trained sentiment per language; other languages use the built-in model
     * @param trainedThemes trained theme classifiers per language
     * @param themeFeatureTaxonomy the taxonomy the theme classifiers were trained with
     * @param taxonomy the taxonomy whose keywords are matched
     */
    public AnalysisEngine(
            Map<Language, ClassifierPart> trainedSentiment,
            Map<Language, ClassifierPart> trainedThemes,
            ThemeTaxonomy themeFeatureTaxonomy,
            ThemeTaxonomy taxonomy,
            int keywordsPerText,
            int maxChars) {
        this.resources = SharedResources.get();
        this.pipeline = resources.pipeline(maxChars);
        Map<Language, SentimentModel> models = new HashMap<>(BuiltInSentiment.models());
        trainedSentiment.forEach((language, part) ->
                models.put(language, new SentimentModel(part.classifier(sentimentFeatures(part.features())))));
        this.sentiment = Map.copyOf(models);
        this.matcher = new ThemeMatcher(taxonomy, resources.stemmer());
        ThemeMatcher featureMatcher = themeFeatureTaxonomy.equals(taxonomy)
                ? matcher
                : new ThemeMatcher(themeFeatureTaxonomy, resources.stemmer());
        Map<Language, TextClassifier> themeClassifiers = new HashMap<>();
        trainedThemes.forEach((language, part) -> themeClassifiers.put(
                language, part.classifier(new ThemeFeatures(sentimentFeatures(part.features()), featureMatcher))));
        this.themes = new ThemeAnalysis(matcher, themeClassifiers);
        this.keywords = new KeywordExtractor(matcher, resources.lexicons());
        this.keywordsPerText = keywordsPerText;
    }

    private SentimentFeatures sentimentFeatures(FeatureOptions options) {
        return new SentimentFeatures(options, resources.lexicons());
    }

    public FeedbackAnalysis analyze(@Nullable String raw, @Nullable Language hint) {
        AnalyzedText text = pipeline.analyze(raw, hint);
        SentimentModel model = sentimentModel(text);
        Sentiment s = model.classify(text, true);
        List<Keyword> kw = keywords.extract(text, keywordsPerText);
        List<ThemeMatch> th = themes.themes(text, model, s);
        return new FeedbackAnalysis(text.language(), s, kw, th);
    }

    /** The themes of a prepared text (a stage of {@link #analyze}, for benchmarks). */
    public List<ThemeMatch> themes(AnalyzedText text, Sentiment sentiment) {
        return themes.themes(text, sentimentModel(text), sentiment);
    }

    /** The keywords of a prepared text (a stage of {@link #analyze}, for benchmarks). */
    public List<Keyword> keywords(AnalyzedText text) {
        return keywords.extract(text, keywordsPerText);
    }

    public TextPipeline pipeline() {
        return pipeline;
    }

    public AnalyzedText prepare(@Nullable String raw, @Nullable Language hint) {
        return pipeline.analyze(raw, hint);
    }

    public SentimentModel sentimentModel(AnalyzedText text) {
        SentimentModel m = sentiment.get(text.rulesLanguage());
        return m != null ? m : sentiment.get(Language.ENGLISH);
    }

    public Language language(@Nullable String raw, @Nullable Language hint) {
        return pipeline.identify(raw, hint).language();
    }

    public List<Keyword> collectionKeywords(
            Collection<String> texts, @Nullable Collection<String> background, int limit) {
        CollectionKeywords fg = collect(texts);
        return background == null ? fg.top(limit) : fg.top(limit, collect(background));
    }

    public List<ThemeCandidate> discoverThemes(Collection<String> texts, int limit) {
        return collect(texts).uncovered(limit);
    }

    private CollectionKeywords collect(Collection<String> texts) {
        CollectionKeywords c = new CollectionKeywords(keywords, matcher);
        for (String t : texts) {
            c.add(pipeline.analyze(t, null), t == null ? "" : t);
        }
        return c;
    }
}
