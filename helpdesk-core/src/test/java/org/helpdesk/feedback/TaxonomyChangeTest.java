package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.junit.jupiter.api.Test;

class TaxonomyChangeTest {

    private static final ThemeTaxonomy.Theme DELIVERY = new ThemeTaxonomy.Theme(
            "delivery", Map.of(Language.ENGLISH, List.of("courier", "parcel"), Language.RUSSIAN, List.of("курьер")));
    private static final ThemeTaxonomy.Theme PRICE =
            new ThemeTaxonomy.Theme("price", Map.of(Language.ENGLISH, List.of("price")));

    @Test
    void theSameTaxonomyChangesNothing() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.of(List.of(DELIVERY, PRICE));

        TaxonomyChange change = TaxonomyChange.between(taxonomy, ThemeTaxonomy.of(List.of(PRICE, DELIVERY)));

        assertThat(change.isEmpty()).isTrue();
    }

    @Test
    void addedAndRemovedThemesAreListedWithTheirKeywords() {
        ThemeTaxonomy.Theme packaging =
                new ThemeTaxonomy.Theme("packaging", Map.of(Language.RUSSIAN, List.of("упаковка")));

        TaxonomyChange change = TaxonomyChange.between(
                ThemeTaxonomy.of(List.of(DELIVERY, PRICE)), ThemeTaxonomy.of(List.of(DELIVERY, packaging)));

        assertThat(change.addedThemes()).containsExactly("packaging");
        assertThat(change.removedThemes()).containsExactly("price");
        assertThat(change.keywords()).containsOnlyKeys("packaging", "price");
        assertThat(change.keywords().get("packaging").get("ru").added()).containsExactly("упаковка");
        assertThat(change.keywords().get("price").get("en").removed()).containsExactly("price");
    }

    @Test
    void keywordChangesAreReportedPerThemeAndLanguage() {
        ThemeTaxonomy.Theme edited = new ThemeTaxonomy.Theme(
                "delivery",
                Map.of(
                        Language.ENGLISH, List.of("courier", "shipping"),
                        Language.RUSSIAN, List.of("курьер"),
                        Language.BULGARIAN, List.of("куриер")));

        TaxonomyChange change =
                TaxonomyChange.between(ThemeTaxonomy.of(List.of(DELIVERY)), ThemeTaxonomy.of(List.of(edited)));

        assertThat(change.addedThemes()).isEmpty();
        assertThat(change.removedThemes()).isEmpty();
        assertThat(change.keywords().get("delivery")).containsOnlyKeys("en", "bg");
        assertThat(change.keywords().get("delivery").get("en"))
                .isEqualTo(new TaxonomyChange.KeywordChange(List.of("shipping"), List.of("parcel")));
        assertThat(change.keywords().get("delivery").get("bg").added()).containsExactly("куриер");
        assertThat(change.details())
                .containsEntry("addedThemes", List.of())
                .containsEntry(
                        "keywords",
                        Map.of(
                                "delivery",
                                Map.of(
                                        "en", Map.of("added", List.of("shipping"), "removed", List.of("parcel")),
                                        "bg", Map.of("added", List.of("куриер"), "removed", List.of()))));
    }
}
