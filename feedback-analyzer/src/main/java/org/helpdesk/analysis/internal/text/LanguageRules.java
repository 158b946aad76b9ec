package org.helpdesk.analysis.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.helpdesk.analysis.Language;

/** The per-language word lists normalisation needs: stop words, negations and contrast words. */
public final class LanguageRules {

    private final Language language;
    private final Set<String> stopWords;
    private final Set<String> negations;
    private final Set<String> contrasts;

    private LanguageRules(Language language, Set<String> stopWords, Set<String> negations, Set<String> contrasts) {
        this.language = language;
        this.negations = Set.copyOf(negations);
        this.contrasts = Set.copyOf(contrasts);
        Set<String> stops = new HashSet<>(stopWords);
        stops.removeAll(this.negations);
        this.stopWords = Set.copyOf(stops);
    }

    public static LanguageRules russian() {
        return new LanguageRules(
                Language.RUSSIAN,
                stopWords(RussianAnalyzer.getDefaultStopSet(), "stopwords-ru.txt"),
                Set.of(
                        "не",
                        "нет",
                        "ни",
                        "нельзя",
                        "никогда",
                        "ничего",
                        "никто",
                        "никак",
                        "нисколько",
                        "ничем",
                        "без",
                        "невозможно"),
                Set.of("но", "однако", "зато", "хотя", "а"));
    }

    public static LanguageRules bulgarian() {
        return new LanguageRules(
                Language.BULGARIAN,
                stopWords(BulgarianAnalyzer.getDefaultStopSet(), "stopwords-bg.txt"),
                Set.of(
                        "не",
                        "няма",
                        "нямаше",
                        "нямам",
                        "нямат",
                        "нямаме",
                        "нито",
                        "никога",
                        "нищо",
                        "никой",
                        "никак",
                        "без",
                        "недей",
                        "невъзможно"),
                Set.of("но", "обаче", "ама", "ала", "а", "въпреки", "макар"));
    }

    public static LanguageRules english() {
        return new LanguageRules(
                Language.ENGLISH,
                stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "stopwords-en.txt"),
                Set.of(
                        "not",
                        "no",
                        "never",
                        "nothing",
                        "nobody",
                        "none",
                        "nor",
                        "neither",
                        "cannot",
                        "cant",
                        "can't",
                        "without",
                        "dont",
                        "don't",
                        "doesnt",
                        "doesn't",
                        "didnt",
                        "didn't",
                        "isnt",
                        "isn't",
                        "arent",
                        "aren't",
                        "wasnt",
                        "wasn't",
                        "werent",
                        "weren't",
                        "wont",
                        "won't",
                        "wouldnt",
                        "wouldn't",
                        "couldnt",
                        "couldn't",
                        "shouldnt",
                        "shouldn't",
                        "havent",
                        "haven't",
                        "hasnt",
                        "hasn't",
                        "hadnt",
                        "hadn't",
                        "aint",
                        "ain't",
                        "noone",
                        "nowhere",
                        "hardly",
                        "barely"),
                Set.of("but", "however", "although", "though", "yet", "except"));
    }

    /** Rules for any language: no stop words or negations, so only punctuation limits scopes. */
    public static LanguageRules none(Language language) {
        return new LanguageRules(language, Set.of(), Set.of(), Set.of());
    }

    public Language language() {
        return language;
    }

    public boolean isStopWord(String norm) {
        return stopWords.contains(norm);
    }

    public boolean isNegation(String norm) {
        return negations.contains(norm) || (language.equals(Language.ENGLISH) && norm.endsWith("n't"));
    }

    public boolean isContrast(String norm) {
        return contrasts.contains(norm);
    }

    public Set<String> stopWords() {
        return stopWords;
    }

    private static Set<String> stopWords(CharArraySet lucene, String resource) {
        Set<String> words = new HashSet<>();
        for (Object o : lucene) {
            words.add(new String((char[]) o).replace('ё', 'е'));
        }
        words.addAll(readWords(resource));
        return words;
    }

    static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = LanguageRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w.toLowerCase(Locale.ROOT).replace('ё', 'е'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
