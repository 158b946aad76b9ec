package org.helpdesk.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a saved taxonomy must look like. Theme ids end up in URLs, filters and stored analyses, so they are short
 * lower-case slugs; keywords are matched on stems in lower case, so they are kept tidy (trimmed, lower case, once
 * each) and bounded, which keeps the analyzer fast for every item.
 */
final class TaxonomyRules {

    static final int MAX_THEMES = 100;
    static final int MAX_KEYWORDS = 200;
    static final int MAX_KEYWORD_LENGTH = 60;
    static final int MAX_NOTE_LENGTH = 500;
    static final List<Language> LANGUAGES = List.of(Language.RUSSIAN, Language.BULGARIAN, Language.ENGLISH);

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TaxonomyRules() {}

    /** The drafts as a taxonomy, tidied; an {@link InvalidInputException} naming every bad field otherwise. */
    static ThemeTaxonomy validate(@Nullable List<@Nullable ThemeDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw InvalidInputException.of("themes", "required", "a taxonomy needs at least one theme");
        }
        List<FieldViolation> errors = new ArrayList<>();
        if (drafts.size() > MAX_THEMES) {
            errors.add(new FieldViolation("themes", "too_many", "at most " + MAX_THEMES + " themes"));
        }
        Set<String> ids = new HashSet<>();
        List<ThemeTaxonomy.Theme> themes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "themes[" + i + "]";
            ThemeDraft draft = drafts.get(i);
            if (draft == null) {
                errors.add(new FieldViolation(field, "required", "each theme is an object with an id and keywords"));
                continue;
            }
            String id = id(draft.id());
            idViolation(field + ".id", id).ifPresent(errors::add);
            if (!id.isEmpty() && !ids.add(id)) {
                errors.add(new FieldViolation(field + ".id", "duplicate", "another theme has this id"));
            }
            Map<Language, List<String>> keywords = keywords(field, draft.keywords(), errors);
            if (keywords.values().stream().allMatch(List::isEmpty)) {
                errors.add(new FieldViolation(
                        field + ".keywords",
                        "no_keywords",
                        "a theme needs a keyword in Russian, Bulgarian or English"));
            }
            if (errors.isEmpty()) {
                themes.add(new ThemeTaxonomy.Theme(id, keywords));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ThemeTaxonomy.of(themes);
    }

    /** A theme id as stored: trimmed and in lower case. */
    static String id(@Nullable String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<FieldViolation> idViolation(String field, String id) {
        if (id.isEmpty()) {
            return Optional.of(new FieldViolation(field, "required", "a theme needs an id"));
        }
        if (id.length() < 2 || id.length() > 40 || !ID.matcher(id).matches()) {
            return Optional.of(new FieldViolation(
                    field, "invalid_id", "2 to 40 lower-case letters, digits, - and _, starting with a letter"));
        }
        return Optional.empty();
    }

    /** A keyword as stored: trimmed, in lower case, with single spaces between its words. */
    static String keyword(@Nullable String keyword) {
        return keyword == null
                ? ""
                : SPACES.matcher(keyword.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    static Optional<FieldViolation> keywordViolation(String field, String keyword) {
        if (keyword.isEmpty()) {
            return Optional.of(new FieldViolation(field, "required", "enter a keyword"));
        }
        if (keyword.length() > MAX_KEYWORD_LENGTH) {
            return Optional.of(new FieldViolation(
                    field, "too_long", "keywords have at most " + MAX_KEYWORD_LENGTH + " characters"));
        }
        if (keyword.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(new FieldViolation(field, "invalid_keyword", "a keyword needs letters or digits"));
        }
        return Optional.empty();
    }

    /** One of the languages themes have keywords in, from its code; empty for any other. */
    static Optional<Language> language(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Language language = Language.of(code);
        return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    private static Map<Language, List<String>> keywords(
            String field, @Nullable Map<String, @Nullable List<@Nullable String>> byCode, List<FieldViolation> errors) {
        Map<Language, Set<String>> tidy = new LinkedHashMap<>();
        if (byCode != null) {
            byCode.forEach((code, words) -> {
                Optional<Language> language = language(code);
                if (language.isEmpty()) {
                    errors.add(new FieldViolation(
                            field + ".keywords." + code, "unknown_language", "keywords are in ru, bg or en"));
                    return;
                }
                Set<String> kept = tidy.computeIfAbsent(language.get(), l -> new LinkedHashSet<>());
                String wordsField = field + ".keywords." + language.get().code();
                for (String word : words == null ? List.<@Nullable String>of() : words) {
                    String keyword = keyword(word);
                    if (keyword.isEmpty()) {
                        continue;
                    }
                    Optional<FieldViolation> bad = keywordViolation(wordsField, keyword);
                    if (bad.isPresent()) {
                        errors.add(bad.get());
                    } else {
                        kept.add(keyword);
                    }
                }
                if (kept.size() > MAX_KEYWORDS) {
                    errors.add(new FieldViolation(
                            wordsField, "too_many", "at most " + MAX_KEYWORDS + " keywords per language"));
                }
            });
        }
        Map<Language, List<String>> out = new LinkedHashMap<>();
        for (Language language : LANGUAGES) {
            Set<String> words = tidy.get(language);
            if (words != null && !words.isEmpty()) {
                out.put(language, List.copyOf(words));
            }
        }
        return out;
    }
}
