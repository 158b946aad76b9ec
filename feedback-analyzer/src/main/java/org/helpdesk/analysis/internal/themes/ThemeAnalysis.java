package org.helpdesk.analysis.internal.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.SentimentCue;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.ThemeMatch;
import org.helpdesk.analysis.internal.sentiment.SentimentModel;
import org.helpdesk.analysis.internal.sentiment.TextClassifier;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * Finds the themes of a text, from the taxonomy's keywords and, where trained, a theme classifier,
 * and gives each the sentiment of the clauses that mention it (aspect sentiment): "the staff were
 * lovely but delivery took three weeks" is positive on staff and negative on delivery.
 */
public final class ThemeAnalysis {

    /** Below this probability a trained classifier's theme is not reported. */
    private static final double CLASSIFIER_THRESHOLD = 0.5;

    private final ThemeMatcher matcher;
    private final Map<Language, TextClassifier> classifiers;

    public ThemeAnalysis(ThemeMatcher matcher, Map<Language, TextClassifier> classifiers) {
        this.matcher = matcher;
        this.classifiers = Map.copyOf(classifiers);
    }

    public ThemeMatcher matcher() {
        return matcher;
    }

    public List<ThemeMatch> themes(AnalyzedText text, SentimentModel sentiment, Sentiment whole) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (ThemeMatcher.Hit hit : matcher.match(text)) {
            found.computeIfAbsent(matcher.themeIds().get(hit.theme()), id -> new Found())
                    .add(text, hit);
        }
        List<ThemeMatch> matches = new ArrayList<>();
        for (Map.Entry<String, Found> e : found.entrySet()) {
            Found f = e.getValue();
            SentimentLabel label = aspectSentiment(text, f.clauses, sentiment, whole);
            double confidence = Math.min(0.95, 0.5 + 0.15 * f.hits);
            matches.add(new ThemeMatch(e.getKey(), label, confidence, List.copyOf(f.evidence)));
        }
        TextClassifier classifier = classifiers.get(text.rulesLanguage());
        if (classifier != null && text.hasWords()) {
            mergeClassified(text, classifier, found, sentiment, whole, matches);
        }
        matches.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return matches;
    }

    /** The trained classifier's best theme, merged with a keyword match of the same theme. */
    private static void mergeClassified(
            AnalyzedText text,
            TextClassifier classifier,
            Map<String, Found> found,
            SentimentModel sentiment,
            Sentiment whole,
            List<ThemeMatch> matches) {
        TextClassifier.Prediction p = classifier.predict(text, 0, text.size(), true);
        double probability = p.probabilities()[p.outcome()];
        if (probability < CLASSIFIER_THRESHOLD) {
            return;
        }
        String theme = classifier.model().outcome(p.outcome());
        Set<String> evidence = new LinkedHashSet<>();
        for (SentimentCue cue : p.cues()) {
            evidence.add(cue.text());
        }
        Found f = found.get(theme);
        SentimentLabel label = f != null ? aspectSentiment(text, f.clauses, sentiment, whole) : whole.label();
        for (int i = 0; i < matches.size(); i++) {
            ThemeMatch m = matches.get(i);
            if (m.theme().equals(theme)) {
                evidence.addAll(m.evidence());
                matches.set(
                        i, new ThemeMatch(theme, label, Math.max(m.confidence(), probability), List.copyOf(evidence)));
                return;
            }
        }
        matches.add(new ThemeMatch(theme, label, probability, List.copyOf(evidence)));
    }

    /**
     * The sentiment of the clauses that mention the theme. A clause of one or two words ("Delivery:")
     * says nothing alone, so it is read together with the clause after it. A theme praised in one
     * clause and criticised in another counts as negative: the complaint is what a team acts on.
     */
    static SentimentLabel aspectSentiment(
            AnalyzedText text, Set<Integer> clauses, SentimentModel model, Sentiment whole) {
        if (text.clauseCount() <= 1) {
            return whole.label();
        }
        Sentiment strongest = null;
        boolean negative = false;
        for (int clause : clauses) {
            int[] range = clauseRange(text, clause);
            Sentiment s = model.classify(text, range[0], range[1], false);
            negative |= s.label() == SentimentLabel.NEGATIVE;
            if (strongest == null || Math.abs(s.score()) > Math.abs(strongest.score())) {
                strongest = s;
            }
        }
        if (negative) {
            return SentimentLabel.NEGATIVE;
        }
        return strongest == null ? whole.label() : strongest.label();
    }

    private static int[] clauseRange(AnalyzedText text, int clause) {
        int from = -1;
        int to = -1;
        int words = 0;
        for (int i = 0; i < text.size(); i++) {
            int c = text.clause(i);
            if (c == clause || (c == clause + 1 && words <= 2)) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
                if (c == clause && text.token(i).isWord() && !text.isStopWord(i)) {
                    words++;
                }
            } else if (c > clause + 1) {
                break;
            }
        }
        return from < 0 ? new int[] {0, text.size()} : new int[] {from, to};
    }

    /** What the keywords of one theme matched in a text. */
    private static final class Found {
        final Set<Integer> clauses = new LinkedHashSet<>();
        final Set<String> evidence = new LinkedHashSet<>();
        int hits;

        void add(AnalyzedText text, ThemeMatcher.Hit hit) {
            hits++;
            clauses.add(text.clause(hit.from()));
            evidence.add(text.surface(hit.from(), hit.to()));
        }
    }
}
