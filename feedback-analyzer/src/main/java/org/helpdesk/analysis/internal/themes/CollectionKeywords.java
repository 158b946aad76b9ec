package org.helpdesk.analysis.internal.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.ThemeCandidate;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * Keywords of a collection of texts, and candidate themes. Phrases are grouped by stems; each shows
 * the written form customers used most. Without a background collection a phrase scores by the
 * number of texts that use it (longer phrases get a bonus, so "не работает приложение" can beat its
 * parts); with a background (e.g. all feedback of the year) by TF-IDF against it, which surfaces
 * what is unusual in this collection.
 */
public final class CollectionKeywords {

    private final KeywordExtractor extractor;
    private final ThemeMatcher matcher;
    private final Map<String, Stat> stats = new HashMap<>();
    private int documents;

    public CollectionKeywords(KeywordExtractor extractor, ThemeMatcher matcher) {
        this.extractor = extractor;
        this.matcher = matcher;
    }

    private static final class Stat {
        int documents;
        final Map<String, Integer> forms = new HashMap<>();
        final List<String> examples = new ArrayList<>(3);

        String display() {
            return forms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse("");
        }
    }

    /** Adds one text; {@code original} is kept as an example for theme candidates. */
    public void add(AnalyzedText text, String original) {
        documents++;
        Set<String> inThisText = new HashSet<>();
        for (KeywordExtractor.Candidate c : extractor.candidates(text)) {
            if (!inThisText.add(c.key())) {
                continue;
            }
            Stat s = stats.computeIfAbsent(c.key(), k -> new Stat());
            s.documents++;
            s.forms.merge(c.text().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            if (s.examples.size() < 3) {
                s.examples.add(original.length() > 200 ? original.substring(0, 200) + "…" : original);
            }
        }
    }

    public List<Keyword> top(int limit, CollectionKeywords background) {
        return select(limit, key -> {
            Stat s = stats.get(key);
            Stat b = background.stats.get(key);
            int df = b == null ? 0 : b.documents;
            return s.documents * Math.log((background.documents + 1.0) / (df + 1.0)) * lengthBoost(key);
        });
    }

    public List<Keyword> top(int limit) {
        return select(limit, key -> stats.get(key).documents * lengthBoost(key));
    }

    /** Frequent phrases that no theme's keywords cover, neither as a whole nor word by word. */
    public List<ThemeCandidate> uncovered(int limit) {
        int minDocuments = Math.max(2, (int) Math.ceil(documents * 0.005));
        List<ThemeCandidate> out = new ArrayList<>();
        for (Keyword k : top(Math.max(limit * 5, 50))) {
            Stat s = stats.get(k.key());
            if (s.documents >= minDocuments && !coveredByTheme(k.key())) {
                out.add(new ThemeCandidate(k.text(), k.key(), s.documents, s.examples));
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    private boolean coveredByTheme(String key) {
        if (matcher.covers(key)) {
            return true;
        }
        for (String stem : key.split(" ")) {
            if (matcher.covers(stem)) {
                return true;
            }
        }
        return false;
    }

    private static double lengthBoost(String key) {
        int words = key.split(" ").length;
        return 1 + 0.5 * (words - 1);
    }

    private List<Keyword> select(int limit, java.util.function.ToDoubleFunction<String> score) {
        int minDocuments = documents >= 20 ? 2 : 1;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Stat> e : stats.entrySet()) {
            if (e.getValue().documents >= minDocuments) {
                scored.add(Map.entry(e.getKey(), score.applyAsDouble(e.getKey())));
            }
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> out = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            if (out.size() >= limit) {
                break;
            }
            if (redundant(e.getKey(), chosen)) {
                continue;
            }
            chosen.add(e.getKey());
            out.add(new Keyword(stats.get(e.getKey()).display(), e.getKey(), Math.round(e.getValue() * 1000) / 1000.0));
        }
        return out;
    }

    /** A phrase inside an already chosen one, or containing one, adds little. */
    private static boolean redundant(String key, List<String> chosen) {
        for (String c : chosen) {
            if ((" " + c + " ").contains(" " + key + " ") || (" " + key + " ").contains(" " + c + " ")) {
                return true;
            }
        }
        return false;
    }
}
