package org.helpdesk.analysis.internal.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.text.Stemmer;
import org.helpdesk.analysis.internal.text.Token;
import org.helpdesk.analysis.internal.text.TokenKind;
import org.helpdesk.analysis.internal.text.Tokenizer;

/**
 * A {@link ThemeTaxonomy} compiled to stems per language: finds which themes a text mentions and
 * where. Phrases match up to three consecutive words of one clause.
 */
public final class ThemeMatcher {

    private static final int MAX_PHRASE = 3;

    private final List<String> themeIds;
    private final Map<Language, Map<String, int[]>> byLanguage = new HashMap<>();
    private final Set<String> allKeys = new HashSet<>();

    public ThemeMatcher(ThemeTaxonomy taxonomy, Stemmer stemmer) {
        this.themeIds = taxonomy.themes().stream().map(ThemeTaxonomy.Theme::id).toList();
        Tokenizer tokenizer = new Tokenizer();
        for (int t = 0; t < taxonomy.themes().size(); t++) {
            ThemeTaxonomy.Theme theme = taxonomy.themes().get(t);
            for (Map.Entry<Language, List<String>> e : theme.keywords().entrySet()) {
                Map<String, int[]> keys = byLanguage.computeIfAbsent(e.getKey(), l -> new HashMap<>());
                for (String keyword : e.getValue()) {
                    String key = key(keyword, e.getKey(), stemmer, tokenizer);
                    if (!key.isEmpty()) {
                        keys.merge(key, new int[] {t}, ThemeMatcher::union);
                        allKeys.add(key);
                    }
                }
            }
        }
    }

    /** The stemmed form of a keyword or phrase, words joined by single spaces. */
    static String key(String keyword, Language language, Stemmer stemmer, Tokenizer tokenizer) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokenizer.tokenize(keyword.toLowerCase(Locale.ROOT))) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(stemmer.stem(language, t.norm()));
            } else if (t.kind() == TokenKind.EMOJI || t.kind() == TokenKind.EMOTICON) {
                sb.append(t.norm());
            }
        }
        return sb.toString();
    }

    private static int[] union(int[] a, int[] b) {
        Set<Integer> s = new HashSet<>();
        for (int x : a) {
            s.add(x);
        }
        for (int x : b) {
            s.add(x);
        }
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    public List<String> themeIds() {
        return themeIds;
    }

    /** Whether a stemmed key (word or phrase) belongs to any theme in any language. */
    public boolean covers(String key) {
        return allKeys.contains(key);
    }

    /** A mention of a theme: tokens {@code [from, to]}. */
    public record Hit(int theme, int from, int to) {}

    public List<Hit> match(AnalyzedText text) {
        Map<String, int[]> keys = byLanguage.getOrDefault(text.rulesLanguage(), Map.of());
        List<Hit> hits = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = text.size();
        for (int i = 0; i < n; i++) {
            if (!isMatchable(text.token(i))) {
                continue;
            }
            sb.setLength(0);
            int end = i;
            for (int length = 1; length <= MAX_PHRASE && end < n && isMatchable(text.token(end)); length++) {
                if (length > 1) {
                    if (text.clause(end) != text.clause(i)) {
                        break;
                    }
                    sb.append(' ');
                }
                sb.append(text.stem(end));
                int[] themes = keys.get(sb.toString());
                if (themes != null) {
                    for (int t : themes) {
                        hits.add(new Hit(t, i, end));
                    }
                }
                end++;
            }
        }
        return hits;
    }

    private static boolean isMatchable(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER;
    }
}
