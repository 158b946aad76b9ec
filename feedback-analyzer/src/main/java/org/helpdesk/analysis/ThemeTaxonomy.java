package org.helpdesk.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.helpdesk.analysis.internal.io.Json;
import org.jspecify.annotations.Nullable;

/**
 * The themes customers talk about (delivery, waiting time, staff attitude, ...) with the words that
 * signal each theme per language. Keywords are matched on stems, so one form per word is enough;
 * phrases of up to three words are allowed.
 *
 * <p>Stored as JSON: {@code {"themes": [{"id": "delivery", "keywords": {"en": ["courier", ...],
 * "ru": [...]}}]}}.
 */
public final class ThemeTaxonomy {

    private static final String BUILT_IN = "/org/helpdesk/analysis/themes-default.json";

    private final List<Theme> themes;

    private ThemeTaxonomy(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    /** A theme and its keywords per language. */
    public record Theme(String id, Map<Language, List<String>> keywords) {

        public Theme {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("A theme needs an id");
            }
            Map<Language, List<String>> copy = new LinkedHashMap<>();
            keywords.forEach((language, words) -> copy.put(language, List.copyOf(words)));
            keywords = java.util.Collections.unmodifiableMap(copy);
        }

        public List<String> keywords(Language language) {
            return keywords.getOrDefault(language, List.of());
        }
    }

    public static ThemeTaxonomy of(List<Theme> themes) {
        return new ThemeTaxonomy(themes);
    }

    /** Our default for customer service in Russian, Bulgarian and English. */
    public static ThemeTaxonomy builtIn() {
        try (InputStream in = ThemeTaxonomy.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + BUILT_IN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ThemeTaxonomy load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads the JSON form; throws {@link IllegalArgumentException} when it is not a taxonomy. */
    public static ThemeTaxonomy parse(String json) {
        Map<String, @Nullable Object> root = Json.parseObject(json);
        if (!(root.get("themes") instanceof List<?> list)) {
            throw new IllegalArgumentException("A taxonomy needs a \"themes\" array");
        }
        List<Theme> themes = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> theme) || !(theme.get("id") instanceof String id)) {
                throw new IllegalArgumentException("Each theme needs an \"id\"");
            }
            Map<Language, List<String>> keywords = new LinkedHashMap<>();
            if (theme.get("keywords") instanceof Map<?, ?> byLanguage) {
                byLanguage.forEach((code, words) -> keywords.put(Language.of(String.valueOf(code)), strings(words)));
            }
            themes.add(new Theme(id, keywords));
        }
        return new ThemeTaxonomy(themes);
    }

    private static List<String> strings(@Nullable Object words) {
        List<String> out = new ArrayList<>();
        if (words instanceof List<?> list) {
            for (Object w : list) {
                if (w instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    public String toJson() {
        List<Object> list = new ArrayList<>();
        for (Theme t : themes) {
            Map<String, Object> keywords = new LinkedHashMap<>();
            t.keywords().forEach((language, words) -> keywords.put(language.code(), words));
            Map<String, Object> theme = new LinkedHashMap<>();
            theme.put("id", t.id());
            theme.put("keywords", keywords);
            list.add(theme);
        }
        return Json.writePretty(Map.of("themes", list));
    }

    public List<Theme> themes() {
        return themes;
    }

    /** This taxonomy with {@code theme} added, or replacing the theme of the same id. */
    public ThemeTaxonomy with(Theme theme) {
        List<Theme> out = new ArrayList<>();
        boolean replaced = false;
        for (Theme t : themes) {
            if (t.id().equals(theme.id())) {
                out.add(theme);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(theme);
        }
        return new ThemeTaxonomy(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeTaxonomy t && t.themes.equals(themes);
    }

    @Override
    public int hashCode() {
        return themes.hashCode();
    }

    @Override
    public String toString() {
        return "ThemeTaxonomy" + themes.stream().map(Theme::id).toList();
    }
}
