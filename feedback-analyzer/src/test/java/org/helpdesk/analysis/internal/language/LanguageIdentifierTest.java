package org.helpdesk.analysis.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.text.Tokenizer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;
    private final Tokenizer tokenizer = new Tokenizer();

    @BeforeAll
    static void loadModel() {
        identifier = LanguageIdentifier.load();
    }

    private Language identify(String text, @Nullable Language hint) {
        return identifier.identify(tokenizer.tokenize(text), hint).language();
    }

    @Test
    void tellsRussianFromBulgarianByLettersAndFunctionWords() {
        assertThat(identify("Мне очень понравилось, спасибо!", null)).isEqualTo(Language.RUSSIAN);
        assertThat(identify("Много ми хареса, благодаря!", null)).isEqualTo(Language.BULGARIAN);
        assertThat(identify("Филмът беше страхотен", null)).isEqualTo(Language.BULGARIAN);
        assertThat(identify("Деньги так и не вернули", null)).isEqualTo(Language.RUSSIAN);
    }

    @Test
    void shortAmbiguousCyrillicFollowsTheCustomersLanguage() {
        // "Супер" and "Отлично" are words of both languages.
        assertThat(identify("Супер", Language.BULGARIAN)).isEqualTo(Language.BULGARIAN);
        assertThat(identify("Супер", Language.RUSSIAN)).isEqualTo(Language.RUSSIAN);
        assertThat(identify("Отлично!", Language.BULGARIAN)).isEqualTo(Language.BULGARIAN);
    }

    @Test
    void sameTextAlwaysGivesTheSameLanguage() {
        Language first = identify("Отлично", null);
        for (int i = 0; i < 20; i++) {
            assertThat(identify("Отлично", null)).isEqualTo(first);
        }
    }

    @Test
    void clearEvidenceBeatsTheHint() {
        assertThat(identify("Это было очень плохо, деньги не вернули", Language.BULGARIAN))
                .isEqualTo(Language.RUSSIAN);
        assertThat(identify("The flight was delayed again", Language.RUSSIAN)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void russianWithLatinBrandNamesIsRussian() {
        assertThat(identify("Приложение Sberbank Online опять не работает на iPhone", null))
                .isEqualTo(Language.RUSSIAN);
    }

    @Test
    void englishTweetsAreEnglish() {
        assertThat(identify("@united thanks for nothing, 3 hours on hold", null))
                .isEqualTo(Language.ENGLISH);
        assertThat(identify("What a great crew today!", null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void otherLanguagesAreReportedAsSuch() {
        assertThat(identify("Die Lieferung kam leider viel zu spät an und niemand hat geantwortet", null)
                        .code())
                .isEqualTo("de");
        assertThat(identify("Дякую, все було дуже добре, рекомендую всім", null).code())
                .isEqualTo("uk");
    }

    @Test
    void textWithoutLettersIsUndeterminedUnlessTheCustomerLanguageIsKnown() {
        assertThat(identify("12345 :) !!!", null)).isEqualTo(Language.UNDETERMINED);
        assertThat(identify("", Language.BULGARIAN)).isEqualTo(Language.BULGARIAN);
    }
}
