package org.helpdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The Russian, Bulgarian and English stop words (Lucene's lists, the same the index's analyzers drop: see
 * {@code _russian_}, {@code _bulgarian_}, {@code _english_} in the mappings), left out of a query before it is sent.
 * They must go here too: every word of a query must match in some field, and a Russian stop word such as
 * {@code и} is an ordinary word to the English analyzer, so "доставка и" would otherwise require an English
 * {@code и} and find nothing. Words in quotes stay: a phrase is matched field by field, where each analyzer drops
 * its own stop words.
 */
final class StopWords {

    private static final List<CharArraySet> LISTS = List.of(
            RussianAnalyzer.getDefaultStopSet(),
            BulgarianAnalyzer.getDefaultStopSet(),
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    /** A word with the operators around it: {@code +и}, {@code -the}, {@code (на}, {@code of)}. */
    private static final Pattern TERM = Pattern.compile("^([-+(|]*)([^\\s()|*]+)([)|]*)$");

    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");

    private StopWords() {}

    static boolean isStopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return LISTS.stream().anyMatch(list -> list.contains(lower));
    }

    /** The query without its stop words outside quotes; their operators and parentheses stay. */
    static String strip(String text) {
        String[] parts = text.split("\"", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            out.add(i % 2 == 0 ? stripWords(parts[i]) : parts[i]);
        }
        return String.join("\"", out).strip();
    }

    /** Whether anything is left to look for: a letter or digit. */
    static boolean searchable(String text) {
        return SEARCHABLE.matcher(text).find();
    }

    private static String stripWords(String part) {
        StringBuilder kept = new StringBuilder();
        for (String token : part.split("(?<=\\s)|(?=\\s)")) {
            Matcher m = TERM.matcher(token);
            if (m.matches() && isStopWord(m.group(2))) {
                String brackets = (m.group(1) + m.group(3)).replaceAll("[-+|]", "");
                kept.append(brackets);
            } else {
                kept.append(token);
            }
        }
        return kept.toString();
    }
}
