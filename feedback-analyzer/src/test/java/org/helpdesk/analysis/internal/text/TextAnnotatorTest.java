package org.helpdesk.analysis.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.analysis.Language;
import org.junit.jupiter.api.Test;

class TextAnnotatorTest {

    private final TextAnnotator annotator = new TextAnnotator(new Stemmer());
    private final Tokenizer tokenizer = new Tokenizer();

    private AnalyzedText annotate(String text, Language language) {
        return annotator.annotate(text, tokenizer.tokenize(text), language, language);
    }

    private static List<String> negatedWords(AnalyzedText t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isNegated(i)) {
                out.add(t.token(i).norm());
            }
        }
        return out;
    }

    @Test
    void russianNegationCoversTheFollowingVerb() {
        AnalyzedText t = annotate("Мне не понравилось обслуживание", Language.RUSSIAN);
        assertThat(negatedWords(t)).containsExactly("понравилось", "обслуживание");
        assertThat(t.isNegation(1)).isTrue();
    }

    @Test
    void bulgarianNegationSkipsTheCopulaWithoutUsingUpTheWindow() {
        AnalyzedText t = annotate("Не е добре", Language.BULGARIAN);
        assertThat(negatedWords(t)).containsExactly("е", "добре");
    }

    @Test
    void englishContractedNegationCountsAsNegation() {
        AnalyzedText t = annotate("It wasn't good at all", Language.ENGLISH);
        assertThat(negatedWords(t)).contains("good");
    }

    @Test
    void negationScopeEndsAtCommaAndAtBut() {
        assertThat(negatedWords(annotate("not good, fine", Language.ENGLISH))).containsExactly("good");
        assertThat(negatedWords(annotate("not cheap but great", Language.ENGLISH)))
                .containsExactly("cheap");
    }

    @Test
    void negationScopeIsAtMostThreeContentWords() {
        AnalyzedText t = annotate("never answered my calls emails letters or messages", Language.ENGLISH);
        assertThat(negatedWords(t)).containsExactly("answered", "my", "calls", "emails");
    }

    @Test
    void contrastWordsAndPunctuationStartNewClauses() {
        AnalyzedText t = annotate("Staff were lovely but delivery was late. Never again", Language.ENGLISH);
        assertThat(t.clause(0)).isEqualTo(t.clause(2));
        assertThat(t.clause(4)).isGreaterThan(t.clause(2));
        assertThat(t.clauseCount()).isEqualTo(3);
    }

    @Test
    void wordsAreStemmedPerLanguage() {
        assertThat(annotate("доставки", Language.RUSSIAN).stem(0)).isEqualTo("доставк");
        assertThat(annotate("delays", Language.ENGLISH).stem(0)).isEqualTo("delay");
        assertThat(annotate("доставката", Language.BULGARIAN).stem(0)).isEqualTo("доставк");
    }

    @Test
    void stopWordsAreMarkedButNegationsAreNot() {
        AnalyzedText t = annotate("the service was not good", Language.ENGLISH);
        assertThat(t.isStopWord(0)).isTrue();
        assertThat(t.isStopWord(3)).isFalse();
    }
}
