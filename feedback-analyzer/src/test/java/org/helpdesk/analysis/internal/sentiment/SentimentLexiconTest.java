package org.helpdesk.analysis.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.text.Stemmer;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {

    private final Stemmer stemmer = new Stemmer();
    private final SentimentLexicon russian = SentimentLexicon.load(Language.RUSSIAN, stemmer);

    private int russianWord(String word) {
        return russian.word(stemmer.stem(Language.RUSSIAN, word));
    }

    @Test
    void russianLexiconMatchesInflectedFormsOfItsEntries() {
        assertThat(russianWord("отличное")).isEqualTo(SentimentLexicon.POSITIVE);
        assertThat(russianWord("ужасного")).isEqualTo(SentimentLexicon.NEGATIVE);
        assertThat(russianWord("работают")).isEqualTo(SentimentLexicon.SERVICE);
    }

    @Test
    void russianLexiconKnowsHowCompaniesAreReportedOnAndWhatCustomersGet() {
        assertThat(russianWord("лидером")).isEqualTo(SentimentLexicon.POSITIVE);
        assertThat(russianWord("премии")).isEqualTo(SentimentLexicon.POSITIVE);
        assertThat(russianWord("скидки")).isEqualTo(SentimentLexicon.POSITIVE);
        assertThat(russianWord("отставание")).isEqualTo(SentimentLexicon.NEGATIVE);
        assertThat(russianWord("спамят")).isEqualTo(SentimentLexicon.NEGATIVE);
    }

    @Test
    void russianLexiconMatchesPhrasesOnStems() {
        String stems = stemmer.stem(Language.RUSSIAN, "без") + " " + stemmer.stem(Language.RUSSIAN, "комиссии");
        assertThat(russian.phrase(stems)).isEqualTo(SentimentLexicon.POSITIVE);
    }

    @Test
    void aWordInTwoSectionsKeepsTheFirst() {
        // "исправили" is positive and also a service word; positive comes first in the file.
        assertThat(russianWord("исправили")).isEqualTo(SentimentLexicon.POSITIVE);
    }
}
