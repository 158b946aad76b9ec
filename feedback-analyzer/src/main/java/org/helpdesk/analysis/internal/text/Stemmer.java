package org.helpdesk.analysis.internal.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.apache.lucene.analysis.bg.BulgarianStemmer;
import org.helpdesk.analysis.Language;
import org.jspecify.annotations.Nullable;

/**
 * Stems words: Snowball for Russian and English (OpenNLP), Lucene's stemmer for Bulgarian (OpenNLP
 * has none). Thread-safe; stems are cached because the same few thousand words make up most of the
 * feedback and stemming is the costliest step of normalisation.
 */
public final class Stemmer {

    private static final int CACHE_LIMIT = 200_000;

    private final ThreadLocal<SnowballStemmer> russian =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN));
    private final ThreadLocal<SnowballStemmer> english =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));
    private final BulgarianStemmer bulgarian = new BulgarianStemmer();
    private final ConcurrentHashMap<String, String> ruCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> bgCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> enCache = new ConcurrentHashMap<>();

    /** The stem of a lower-cased word; words of other languages, numbers and short words stay. */
    public String stem(Language language, String word) {
        if (word.length() < 3) {
            return word;
        }
        ConcurrentHashMap<String, String> cache = cacheFor(language);
        if (cache == null) {
            return word;
        }
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = compute(language, word);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, stem);
        }
        return stem;
    }

    private @Nullable ConcurrentHashMap<String, String> cacheFor(Language language) {
        if (language.equals(Language.RUSSIAN)) {
            return ruCache;
        }
        if (language.equals(Language.BULGARIAN)) {
            return bgCache;
        }
        return language.equals(Language.ENGLISH) ? enCache : null;
    }

    private String compute(Language language, String word) {
        if (!hasLetter(word)) {
            return word;
        }
        if (language.equals(Language.BULGARIAN)) {
            char[] chars = word.toCharArray();
            return new String(chars, 0, bulgarian.stem(chars, chars.length));
        }
        String w = language.equals(Language.ENGLISH) ? word.replace("'", "") : word;
        SnowballStemmer stemmer = language.equals(Language.RUSSIAN) ? russian.get() : english.get();
        return stemmer.stem(w).toString();
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
