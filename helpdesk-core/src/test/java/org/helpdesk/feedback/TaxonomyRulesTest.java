package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TaxonomyRulesTest {

    @Test
    void keywordsAreTrimmedLowerCasedAndKeptOnce() {
        ThemeTaxonomy taxonomy = TaxonomyRules.validate(List.of(theme(
                " Packaging ",
                "ru",
                List.of(" Упаковка ", "упаковка", "", "Порванная   КОРОБКА"),
                "en",
                List.of("Box"))));

        ThemeTaxonomy.Theme packaging = taxonomy.themes().get(0);
        assertThat(packaging.id()).isEqualTo("packaging");
        assertThat(packaging.keywords(Language.RUSSIAN)).containsExactly("упаковка", "порванная коробка");
        assertThat(packaging.keywords(Language.ENGLISH)).containsExactly("box");
        assertThat(packaging.keywords()).doesNotContainKey(Language.BULGARIAN);
    }

    @Test
    void theBuiltInTaxonomyIsValidAsItIs() {
        ThemeTaxonomy builtIn = ThemeTaxonomy.builtIn();

        assertThat(TaxonomyRules.validate(ThemeTaxonomies.drafts(builtIn))).isEqualTo(builtIn);
    }

    @Test
    void idsAreLowerCaseSlugsOfTwoToFortyCharacters() {
        assertThat(violations(theme("a", "en", List.of("x")))).containsExactly("themes[0].id:invalid_id");
        assertThat(violations(theme("x".repeat(41), "en", List.of("x")))).containsExactly("themes[0].id:invalid_id");
        assertThat(violations(theme("late delivery", "en", List.of("x")))).containsExactly("themes[0].id:invalid_id");
        assertThat(violations(theme("упаковка", "en", List.of("x")))).containsExactly("themes[0].id:invalid_id");
        assertThat(violations(theme("_x", "en", List.of("x")))).containsExactly("themes[0].id:invalid_id");
        assertThat(violations(theme(" ", "en", List.of("x")))).containsExactly("themes[0].id:required");
        assertThat(TaxonomyRules.validate(List.of(theme("waiting_time-2", "en", List.of("x"))))
                        .themes())
                .extracting(ThemeTaxonomy.Theme::id)
                .containsExactly("waiting_time-2");
    }

    @Test
    void idsAreUniqueIgnoringCase() {
        assertThat(violations(theme("delivery", "en", List.of("courier")), theme("Delivery", "ru", List.of("курьер"))))
                .containsExactly("themes[1].id:duplicate");
    }

    @Test
    void aThemeNeedsAKeywordInOneOfTheSupportedLanguages() {
        assertThat(violations(theme("delivery", "en", List.of(" ", ""))))
                .containsExactly("themes[0].keywords:no_keywords");
        assertThat(violations(new ThemeDraft("delivery", null))).containsExactly("themes[0].keywords:no_keywords");
        assertThat(violations(theme("delivery", "de", List.of("lieferung"))))
                .containsExactly("themes[0].keywords.de:unknown_language", "themes[0].keywords:no_keywords");
    }

    @Test
    void keywordsAreBoundedInLengthAndNumber() {
        assertThat(violations(theme("delivery", "en", List.of("x".repeat(61)))))
                .contains("themes[0].keywords.en:too_long");
        assertThat(TaxonomyRules.validate(List.of(theme("delivery", "en", List.of("x".repeat(60)))))
                        .themes())
                .hasSize(1);
        List<String> many = IntStream.range(0, 201).mapToObj(i -> "word" + i).toList();
        assertThat(violations(theme("delivery", "en", many))).containsExactly("themes[0].keywords.en:too_many");
        assertThat(violations(theme("delivery", "en", List.of("!!!"))))
                .contains("themes[0].keywords.en:invalid_keyword");
    }

    @Test
    void aTaxonomyHasOneToAHundredThemes() {
        assertThat(violations()).containsExactly("themes:required");
        List<@Nullable ThemeDraft> themes = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            themes.add(theme("theme" + i, "en", List.of("word" + i)));
        }
        assertThat(violationsOf(themes)).containsExactly("themes:too_many");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(violations(
                        theme("ok", "en", List.of("fine")),
                        theme("B", "en", List.of("x")),
                        theme("ok", "bg", List.of("y".repeat(70)))))
                .containsExactlyInAnyOrder(
                        "themes[1].id:invalid_id",
                        "themes[2].id:duplicate",
                        "themes[2].keywords.bg:too_long",
                        "themes[2].keywords:no_keywords");
    }

    static ThemeDraft theme(String id, String language, List<String> words) {
        return theme(id, language, words, "ru", List.of());
    }

    static ThemeDraft theme(String id, String language, List<String> words, String other, List<String> otherWords) {
        Map<String, @Nullable List<@Nullable String>> keywords = new LinkedHashMap<>();
        keywords.put(language, new ArrayList<>(words));
        if (!otherWords.isEmpty()) {
            keywords.put(other, new ArrayList<>(otherWords));
        }
        return new ThemeDraft(id, keywords);
    }

    private static List<String> violations(ThemeDraft... themes) {
        return violationsOf(Arrays.asList(themes));
    }

    private static List<String> violationsOf(List<@Nullable ThemeDraft> themes) {
        try {
            TaxonomyRules.validate(themes);
            throw new AssertionError("not refused");
        } catch (InvalidInputException e) {
            return e.violations().stream().map(TaxonomyRulesTest::describe).toList();
        }
    }

    private static String describe(FieldViolation v) {
        return v.field() + ":" + v.code();
    }
}
