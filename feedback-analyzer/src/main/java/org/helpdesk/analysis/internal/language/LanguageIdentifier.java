package org.helpdesk.analysis.internal.language;

import java.util.List;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.text.Token;
import org.jspecify.annotations.Nullable;

/**
 * Tells Russian, Bulgarian, English and other languages apart.
 *
 * <p>OpenNLP's detector alone confuses short Russian and Bulgarian texts with each other and with
 * other Cyrillic languages (on short tweets it picks Chechen or Macedonian), so its log-odds are
 * combined with evidence it weighs too little: the script, letters only one of the languages uses
 * (ы, э, ь before a consonant for Russian; ъ before a consonant, ѝ for Bulgarian), function words,
 * and the customer's known language. A Cyrillic text is only reported as another Cyrillic language
 * when it has that language's own letters.
 */
public final class LanguageIdentifier {

    /** OpenNLP's probabilities are nearly flat on short texts; their log-ratio still points the way. */
    private static final double MODEL_WEIGHT = 2.0;

    private static final double MODEL_CLIP = 8;
    private static final double LETTER_WEIGHT = 2.5;
    private static final double WORD_WEIGHT = 1.5;
    private static final double HINT_WEIGHT = 2.5;
    private static final double ENDING_WEIGHT = 1.0;

    /**
     * Helpdesk feedback in Latin script is mostly English; on "done", "thnx" or "DM sent" OpenNLP's
     * guess (Volapük, Chinese, Latin) is noise, so English needs the evidence against it to win.
     */
    private static final double ENGLISH_PRIOR = 1.5;

    /** Between Latin-script languages the model is the main evidence, so it weighs more. */
    private static final double LATIN_MODEL_WEIGHT = 6.0;

    private static final int MIN_LETTERS_FOR_OTHER = 12;

    private static final Set<String> RUSSIAN_WORDS = Set.of(
            "что",
            "это",
            "так",
            "его",
            "она",
            "они",
            "мы",
            "вы",
            "ты",
            "был",
            "была",
            "было",
            "были",
            "меня",
            "мне",
            "если",
            "уже",
            "только",
            "еще",
            "когда",
            "очень",
            "нет",
            "есть",
            "вот",
            "чтобы",
            "можно",
            "нужно",
            "тоже",
            "где",
            "кто",
            "сейчас",
            "почему",
            "бы",
            "будет",
            "этот",
            "эта",
            "который",
            "спасибо",
            "пожалуйста",
            "сегодня",
            "хорошо",
            "плохо",
            "теперь",
            "ничего",
            "у",
            "о",
            "же",
            "к",
            "чем",
            "их",
            "этого",
            "какой",
            "здравствуйте",
            "никто",
            "деньги",
            "опять",
            "снова",
            "зачем",
            "всегда");
    private static final Set<String> BULGARIAN_WORDS = Set.of(
            "е",
            "са",
            "съм",
            "сме",
            "сте",
            "си",
            "ще",
            "че",
            "това",
            "тази",
            "този",
            "тези",
            "беше",
            "бяха",
            "бях",
            "някой",
            "нещо",
            "всичко",
            "който",
            "която",
            "което",
            "които",
            "защо",
            "къде",
            "кога",
            "сега",
            "вече",
            "още",
            "ако",
            "има",
            "няма",
            "нямаше",
            "ми",
            "ви",
            "го",
            "му",
            "ѝ",
            "във",
            "със",
            "към",
            "след",
            "добре",
            "благодаря",
            "здравейте",
            "страхотен",
            "страхотно",
            "хубав",
            "хубаво",
            "гледане",
            "нищо",
            "никога",
            "вие",
            "ние",
            "аз",
            "тя",
            "пак",
            "доста",
            "малко",
            "филм",
            "филма",
            "филмът",
            "обаче",
            "защото",
            "винаги");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the",
            "and",
            "to",
            "is",
            "was",
            "my",
            "you",
            "for",
            "of",
            "in",
            "on",
            "it",
            "this",
            "that",
            "with",
            "i",
            "be",
            "have",
            "not",
            "are",
            "at",
            "your",
            "me",
            "we",
            "our",
            "they",
            "an",
            "so",
            "but",
            "what",
            "can",
            "will",
            "just",
            "now",
            "get",
            "no",
            "do",
            "from",
            "how",
            "please",
            "thanks",
            "thank",
            "why",
            "when",
            "been",
            "has",
            "had",
            "would",
            "could",
            "there",
            "their",
            "about",
            "all",
            "any",
            "its",
            "it's",
            "i'm",
            "don't",
            "can't",
            "didn't",
            "you're",
            "still",
            "again",
            "flight",
            "service",
            "customer",
            "help",
            "hours",
            "time",
            "good",
            "great",
            "bad",
            "worst",
            "best",
            "love",
            "very",
            "never",
            "us",
            "hi",
            "hello",
            "ok",
            "yes",
            "who",
            "which",
            "one",
            "got",
            "after",
            "over",
            "out",
            "up",
            "if",
            "or",
            "by",
            "he",
            "she");

    /**
     * Constructed, classical and small regional languages of the model that short Latin texts get
     * mistaken for ("done" → Volapük); feedback in them is too rare to be worth those mistakes.
     */
    private static final Set<String> IMPLAUSIBLE = Set.of(
            "vo", "la", "eo", "war", "min", "ceb", "plt", "nds", "gsw", "li", "oc", "ast", "fy", "lb", "fo", "br", "mi",
            "su", "jv", "sa", "nan", "pnb", "so", "sw", "tl", "gd");

    private final LanguageModel model;
    private final boolean[] implausible;
    private final int russian;
    private final int bulgarian;
    private final int english;

    private LanguageIdentifier(LanguageModel model) {
        this.model = model;
        this.russian = model.indexOf("ru");
        this.bulgarian = model.indexOf("bg");
        this.english = model.indexOf("en");
        this.implausible = new boolean[model.languageCount()];
        for (int i = 0; i < implausible.length; i++) {
            implausible[i] = IMPLAUSIBLE.contains(model.code(i));
        }
    }

    /** Loads OpenNLP's model from the class path (about a second; do it once). */
    public static LanguageIdentifier load() {
        return new LanguageIdentifier(LanguageModel.load());
    }

    public LanguageGuess identify(List<Token> tokens, @Nullable Language hint) {
        Evidence e = Evidence.collect(tokens, RUSSIAN_WORDS, BULGARIAN_WORDS, ENGLISH_WORDS);
        if (e.letters() == 0) {
            Language fallback = hint != null ? hint : Language.UNDETERMINED;
            return new LanguageGuess(fallback, 0, rulesFor(fallback, hint));
        }
        if (e.isMainlyCyrillic(hint)) {
            return cyrillic(e, hint);
        }
        if (e.latin() > e.otherScript()) {
            return latin(e, hint);
        }
        return otherScript(e, hint);
    }

    private LanguageGuess cyrillic(Evidence e, @Nullable Language hint) {
        if (e.foreignCyrillicLetters() > 0) {
            // Letters neither Russian nor Bulgarian has (і, є, ў, ј, љ, ә, ...) name the language.
            double[] p = model.probabilities(e.words());
            int best = argmaxExcept(p, russian, bulgarian);
            return new LanguageGuess(
                    new Language(model.code(best)), sigmoid(e.foreignCyrillicLetters()), Language.RUSSIAN);
        }
        double logit = MODEL_WEIGHT * clip(model.russianOverBulgarian(e.words()))
                + LETTER_WEIGHT * (Math.min(e.russianLetters(), 4) - Math.min(e.bulgarianLetters(), 4))
                + WORD_WEIGHT * (Math.min(e.russianWords(), 5) - Math.min(e.bulgarianWords(), 5))
                + ENDING_WEIGHT * (Math.min(e.russianEndings(), 4) - Math.min(e.bulgarianEndings(), 4))
                + hintBonus(hint, Language.RUSSIAN, Language.BULGARIAN);
        Language language = logit >= 0 ? Language.RUSSIAN : Language.BULGARIAN;
        return new LanguageGuess(language, sigmoid(Math.abs(logit)), language);
    }

    private LanguageGuess latin(Evidence e, @Nullable Language hint) {
        if (e.foreignLatinLetters() == 0 && e.englishWords() >= 3 && e.englishWords() * 4 >= e.wordCount()) {
            // Plainly English (a quarter of the words are English function words, no diacritics):
            // no need to score 103 languages.
            return new LanguageGuess(Language.ENGLISH, sigmoid(WORD_WEIGHT * e.englishWords()), Language.ENGLISH);
        }
        if (e.foreignLatinLetters() == 0 && e.letters() < MIN_LETTERS_FOR_OTHER) {
            return new LanguageGuess(Language.ENGLISH, 0.5, Language.ENGLISH); // "thnx", "DM sent": too short to tell
        }
        double[] p = model.probabilities(e.words());
        int other = argmax(p, english);
        double logit = LATIN_MODEL_WEIGHT * clip(Math.log(p[english] + 1e-12) - Math.log(p[other] + 1e-12))
                + WORD_WEIGHT * Math.min(e.englishWords(), 5)
                - LETTER_WEIGHT * Math.min(e.foreignLatinLetters(), 4)
                + ENGLISH_PRIOR
                + (Language.ENGLISH.equals(hint) ? HINT_WEIGHT : 0);
        if (logit >= 0) {
            return new LanguageGuess(Language.ENGLISH, sigmoid(logit), Language.ENGLISH);
        }
        return new LanguageGuess(new Language(model.code(other)), sigmoid(-logit), Language.ENGLISH);
    }

    private LanguageGuess otherScript(Evidence e, @Nullable Language hint) {
        double[] p = model.probabilities(e.words());
        int best = argmax(p, -1);
        Language language = new Language(model.code(best));
        return new LanguageGuess(language, p[best], rulesFor(language, hint));
    }

    private static Language rulesFor(Language language, @Nullable Language hint) {
        if (language.isSupported()) {
            return language;
        }
        return hint != null && hint.isSupported() ? hint : Language.ENGLISH;
    }

    private static double hintBonus(@Nullable Language hint, Language positive, Language negative) {
        if (positive.equals(hint)) {
            return HINT_WEIGHT;
        }
        return negative.equals(hint) ? -HINT_WEIGHT : 0;
    }

    /** The most probable plausible language other than {@code except}. */
    private int argmax(double[] p, int except) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != except && !implausible[i] && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }

    private int argmaxExcept(double[] p, int a, int b) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != a && i != b && !implausible[i] && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double clip(double x) {
        return Math.max(-MODEL_CLIP, Math.min(MODEL_CLIP, x));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
