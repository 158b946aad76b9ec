package org.helpdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTaxonomyTest {

    @Test
    void builtInTaxonomyCoversCustomerServiceThemesInAllThreeLanguages() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.builtIn();
        assertThat(taxonomy.themes())
                .extracting(ThemeTaxonomy.Theme::id)
                .contains(
                        "delivery",
                        "waiting_time",
                        "staff_attitude",
                        "competence",
                        "price_fees",
                        "product_quality",
                        "refunds",
                        "website_app",
                        "communication");
        for (ThemeTaxonomy.Theme theme : taxonomy.themes()) {
            assertThat(theme.keywords()).containsKeys(Language.RUSSIAN, Language.BULGARIAN, Language.ENGLISH);
        }
    }

    @Test
    void savedTaxonomyLoadsBackEqual(@TempDir Path dir) throws IOException {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.builtIn()
                .with(new ThemeTaxonomy.Theme("loyalty", Map.of(Language.ENGLISH, List.of("loyalty points", "miles"))));
        taxonomy.save(dir.resolve("t.json"));
        assertThat(ThemeTaxonomy.load(dir.resolve("t.json"))).isEqualTo(taxonomy);
    }

    @Test
    void customThemeIsMatchedByTheAnalyzer() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.of(List.of(new ThemeTaxonomy.Theme(
                "loyalty",
                Map.of(Language.ENGLISH, List.of("loyalty points"), Language.RUSSIAN, List.of("бонусные баллы")))));
        FeedbackAnalyzer analyzer =
                FeedbackAnalyzer.builder().taxonomy(taxonomy).build();
        assertThat(analyzer.analyze("My loyalty point balance is wrong").themes())
                .extracting(ThemeMatch::theme)
                .containsExactly("loyalty");
        assertThat(analyzer.analyze("Где мои бонусные баллы?").themes())
                .extracting(ThemeMatch::theme)
                .containsExactly("loyalty");
    }

    @Test
    void malformedTaxonomyIsRejected() {
        assertThatThrownBy(() -> ThemeTaxonomy.parse("{\"themes\": [{\"keywords\": {}}]}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThemeTaxonomy.parse("[]")).isInstanceOf(IllegalArgumentException.class);
    }
}
