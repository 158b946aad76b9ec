package org.helpdesk.analysis.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.analysis.Language;
import org.junit.jupiter.api.Test;

class TrainingRecipeTest {

    @Test
    void everyRecipeSurvivesTheRoundTripThroughAModelManifest() {
        for (Language language : new Language[] {Language.RUSSIAN, Language.BULGARIAN, Language.ENGLISH}) {
            FeatureOptions options = TrainingRecipe.sentiment(language).features();
            assertThat(FeatureOptions.decode(options.encode())).isEqualTo(options);
        }
        FeatureOptions themes = TrainingRecipe.themes().features();
        assertThat(FeatureOptions.decode(themes.encode())).isEqualTo(themes);
    }

    @Test
    void russianRecipeAddsWrittenFormsAndNegatedCharGramsToTheStems() {
        FeatureOptions russian = TrainingRecipe.sentiment(Language.RUSSIAN).features();
        assertThat(russian.surfaceWords()).isTrue();
        assertThat(russian.negatedCharGrams()).isTrue();
        assertThat(russian.lexicon()).isTrue();
    }

    @Test
    void otherLanguagesGetTheEnglishRecipe() {
        assertThat(TrainingRecipe.sentiment(Language.of("de"))).isEqualTo(TrainingRecipe.sentiment(Language.ENGLISH));
    }
}
