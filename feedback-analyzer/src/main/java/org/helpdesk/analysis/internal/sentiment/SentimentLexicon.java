package org.helpdesk.analysis.internal.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.text.Stemmer;

/**
 * Our hand-written polarity lexicon of one language, matched on stems so that one entry covers all
 * inflected forms. Besides positive and negative words it lists "service" words that are neutral
 * alone but negative when negated ("не работает", "doesn't work", "не отговарят"), and intensifiers.
 */
public final class SentimentLexicon {

    public static final int POSITIVE = 1;
    public static final int NEGATIVE = -1;
    public static final int SERVICE = 2;
    public static final int INTENSIFIER = 3;
    public static final int NONE = 0;

    private static final Map<String, Integer> EMOTICONS = Map.ofEntries(
            Map.entry(":)", POSITIVE),
            Map.entry(";)", POSITIVE),
            Map.entry(":D", POSITIVE),
            Map.entry(":P", POSITIVE),
            Map.entry("<3", POSITIVE),
            Map.entry("))", POSITIVE),
            Map.entry(":*", POSITIVE),
            Map.entry(":3", POSITIVE),
            Map.entry(":(", NEGATIVE),
            Map.entry(":'(", NEGATIVE),
            Map.entry(":/", NEGATIVE),
            Map.entry("((", NEGATIVE),
            Map.entry("-_-", NEGATIVE),
            Map.entry(":|", NEGATIVE),
            Map.entry("):", NEGATIVE));

    private static final String POSITIVE_EMOJI =
            "😀😁😂😃😄😅😆😉😊😋😍😎😘😗😙😚🙂🤗🤩🥰🥳👍👌👏🙌🙏💪🎉🎊✨⭐🌟💯❤💕💖💗💓💞💝💙💚💛🧡💜🤍♥☺✅🔥🏆😻";
    private static final String NEGATIVE_EMOJI =
            "😒😞😔😟😕🙁☹😣😖😫😩😢😭😤😠😡🤬😱😨😰😥😓🤢🤮💩👎💔😑😐🙄😬🤦🤷⚠❌🚫😪😷🤔😾";

    private final Map<String, Integer> words;
    private final Map<String, Integer> phrases;
    private final Set<String> phraseStarts;

    private SentimentLexicon(Map<String, Integer> words, Map<String, Integer> phrases) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
        Set<String> starts = new HashSet<>();
        for (String p : phrases.keySet()) {
            starts.add(p.substring(0, p.indexOf(' ')));
        }
        this.phraseStarts = Set.copyOf(starts);
    }

    /** Loads {@code lexicon-<code>.txt} from this package, stemming every entry. */
    public static SentimentLexicon load(Language language, Stemmer stemmer) {
        String resource = "lexicon-" + language.code() + ".txt";
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new SentimentLexicon(words, phrases);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int section = NONE;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = section(l);
                    continue;
                }
                for (String entry : l.split("\\s*,\\s*")) {
                    add(entry, section, language, stemmer, words, phrases);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SentimentLexicon(words, phrases);
    }

    private static int section(String header) {
        return switch (header) {
            case "[positive]" -> POSITIVE;
            case "[negative]" -> NEGATIVE;
            case "[service]" -> SERVICE;
            case "[intensifier]" -> INTENSIFIER;
            default -> throw new IllegalStateException("Unknown lexicon section " + header);
        };
    }

    private static void add(
            String entry,
            int section,
            Language language,
            Stemmer stemmer,
            Map<String, Integer> words,
            Map<String, Integer> phrases) {
        String e = entry.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
        if (e.isEmpty()) {
            return;
        }
        String[] parts = e.split("\\s+");
        StringBuilder key = new StringBuilder();
        for (String p : parts) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(stemmer.stem(language, p));
        }
        // The first section wins: "fixed" stays positive although it is also a service word.
        (parts.length == 1 ? words : phrases).putIfAbsent(key.toString(), section);
    }

    /** The class of a stem: {@link #POSITIVE}, {@link #NEGATIVE}, {@link #SERVICE}, ... or NONE. */
    public int word(String stem) {
        Integer c = words.get(stem);
        return c == null ? NONE : c;
    }

    public boolean startsPhrase(String stem) {
        return phraseStarts.contains(stem);
    }

    /** The class of a phrase of stems joined by single spaces. */
    public int phrase(String stems) {
        Integer c = phrases.get(stems);
        return c == null ? NONE : c;
    }

    /** Polarity of an emoticon or emoji token's normal form. */
    public static int symbol(String norm) {
        Integer c = EMOTICONS.get(norm);
        if (c != null) {
            return c;
        }
        if (POSITIVE_EMOJI.contains(norm)) {
            return POSITIVE;
        }
        return NEGATIVE_EMOJI.contains(norm) ? NEGATIVE : NONE;
    }

    public int size() {
        return words.size() + phrases.size();
    }
}
