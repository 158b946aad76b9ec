package org.helpdesk.analysis.internal.language;

import java.util.List;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.text.Token;
import org.jspecify.annotations.Nullable;

/** Script counts, telling letters and function words of one text, gathered in one pass. */
final class Evidence {

    private static final String RUSSIAN_LETTERS = "ыэё";
    private static final String FOREIGN_CYRILLIC = "ієїґўјљњћђџѓќѕәөүұқғңһҳӣӯҷҫӗӑӝӟӧӱҕҙҡҗ";
    private static final String FOREIGN_LATIN = "áàâäãåæçéèêëíìîïñóòôöõøœßúùûüýÿąćęłńśźżčďěňřšťůžőűğışţșțđ";

    /** Inflections Russian has and Bulgarian lacks: verb -ает/-ует, adjective -ого/-ых, plural -ами. */
    private static final String[] RUSSIAN_ENDINGS = {
        "ает", "яет", "ует", "ают", "яют", "уют", "ого", "его", "ому", "ему", "ых", "их", "ый", "ую", "ая", "яя", "ами",
        "ями", "ей", "ов"
    };

    /** Bulgarian definite articles (-ата, -ото) and aorist/imperfect endings (-ха, -хме, -ше). */
    private static final String[] BULGARIAN_ENDINGS = {"ата", "ото", "ха", "хме", "хте", "яха", "аше", "еше"};

    private final StringBuilder words = new StringBuilder(64);
    private int cyrillic;
    private int latin;
    private int otherScript;
    private int russianLetters;
    private int bulgarianLetters;
    private int foreignCyrillic;
    private int foreignLatin;
    private int russianWords;
    private int bulgarianWords;
    private int englishWords;
    private int russianEndings;
    private int wordCount;
    private int bulgarianEndings;

    static Evidence collect(List<Token> tokens, Set<String> ru, Set<String> bg, Set<String> en) {
        Evidence e = new Evidence();
        for (Token t : tokens) {
            if (t.isWord()) {
                e.addWord(t, ru, bg, en);
            }
        }
        return e;
    }

    private void addWord(Token t, Set<String> ru, Set<String> bg, Set<String> en) {
        String norm = t.norm();
        wordCount++;
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(norm);
        String raw = t.text();
        for (int i = 0; i < raw.length(); i++) {
            letter(
                    Character.toLowerCase(raw.charAt(i)),
                    i + 1 < raw.length() ? Character.toLowerCase(raw.charAt(i + 1)) : ' ');
        }
        russianWords += ru.contains(norm) ? 1 : 0;
        bulgarianWords += bg.contains(norm) ? 1 : 0;
        englishWords += en.contains(norm) ? 1 : 0;
        if (norm.endsWith("ът")) {
            bulgarianLetters++; // the Bulgarian definite article
        }
        if (norm.length() >= 4) {
            russianEndings += endsWithAny(norm, RUSSIAN_ENDINGS) && !norm.equals("много") ? 1 : 0;
            bulgarianEndings += endsWithAny(norm, BULGARIAN_ENDINGS) ? 1 : 0;
        }
    }

    private void letter(char c, char next) {
        if (!Character.isLetter(c)) {
            return;
        }
        Character.UnicodeScript script = script(c);
        if (script == Character.UnicodeScript.CYRILLIC) {
            cyrillic++;
            if (RUSSIAN_LETTERS.indexOf(c) >= 0) {
                russianLetters++;
            } else if (c == 'ь' && next != 'о') {
                russianLetters++; // Bulgarian writes ь only before о
            } else if (c == 'ъ' && next != 'е' && next != 'ю' && next != 'я' && next != 'ё') {
                bulgarianLetters++; // Russian writes ъ only before е, ё, ю, я
            } else if (c == 'ѝ') {
                bulgarianLetters++;
            } else if (FOREIGN_CYRILLIC.indexOf(c) >= 0) {
                foreignCyrillic++;
            }
        } else if (script == Character.UnicodeScript.LATIN) {
            latin++;
            if (FOREIGN_LATIN.indexOf(c) >= 0) {
                foreignLatin++;
            }
        } else if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
            otherScript++;
        }
    }

    /** The script of a letter; the common cases without UnicodeScript's binary search. */
    private static Character.UnicodeScript script(char c) {
        if (c >= '\u0400' && c <= '\u04ff') {
            return Character.UnicodeScript.CYRILLIC;
        }
        if (c < '\u0250') {
            return Character.UnicodeScript.LATIN;
        }
        return Character.UnicodeScript.of(c);
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    int wordCount() {
        return wordCount;
    }

    int russianEndings() {
        return russianEndings;
    }

    int bulgarianEndings() {
        return bulgarianEndings;
    }

    int letters() {
        return cyrillic + latin + otherScript;
    }

    /**
     * Russian text often carries Latin brand names ("Сбербанк Online"), so Cyrillic wins with a
     * third of the letters, or a fifth when the customer is known to write Russian or Bulgarian.
     */
    boolean isMainlyCyrillic(@Nullable Language hint) {
        double share = hint != null && (hint.equals(Language.RUSSIAN) || hint.equals(Language.BULGARIAN)) ? 0.2 : 0.34;
        return cyrillic > 0 && cyrillic >= share * letters() && cyrillic >= otherScript;
    }

    CharSequence words() {
        return words;
    }

    int latin() {
        return latin;
    }

    int otherScript() {
        return otherScript;
    }

    int russianLetters() {
        return russianLetters;
    }

    int bulgarianLetters() {
        return bulgarianLetters;
    }

    int foreignCyrillicLetters() {
        return foreignCyrillic;
    }

    int foreignLatinLetters() {
        return foreignLatin;
    }

    int russianWords() {
        return russianWords;
    }

    int bulgarianWords() {
        return bulgarianWords;
    }

    int englishWords() {
        return englishWords;
    }
}
