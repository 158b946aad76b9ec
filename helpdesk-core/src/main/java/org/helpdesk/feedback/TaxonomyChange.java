package org.helpdesk.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.jspecify.annotations.Nullable;

/**
 * What a new taxonomy version changes against the one before: themes added and removed, and keywords added and
 * removed per theme and language. Kept in the audit trail, so "why did this item lose its theme" has an answer.
 *
 * @param addedThemes ids of themes the new version has and the old one had not
 * @param removedThemes ids of themes the old version had and the new one has not
 * @param keywords per theme id and language code, the keywords added and removed (new and removed themes included)
 */
public record TaxonomyChange(
        List<String> addedThemes, List<String> removedThemes, Map<String, Map<String, KeywordChange>> keywords) {

    public TaxonomyChange {
        addedThemes = List.copyOf(addedThemes);
        removedThemes = List.copyOf(removedThemes);
        keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    /** Keywords of one theme in one language that the new version added and removed. */
    public record KeywordChange(List<String> added, List<String> removed) {

        public KeywordChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    public static TaxonomyChange between(ThemeTaxonomy before, ThemeTaxonomy after) {
        Map<String, ThemeTaxonomy.Theme> old = byId(before);
        Map<String, ThemeTaxonomy.Theme> now = byId(after);
        List<String> added = new ArrayList<>(now.keySet());
        added.removeAll(old.keySet());
        List<String> removed = new ArrayList<>(old.keySet());
        removed.removeAll(now.keySet());
        Set<String> ids = new LinkedHashSet<>(now.keySet());
        ids.addAll(old.keySet());
        Map<String, Map<String, KeywordChange>> keywords = new LinkedHashMap<>();
        for (String id : ids) {
            Map<String, KeywordChange> perLanguage = keywordChanges(old.get(id), now.get(id));
            if (!perLanguage.isEmpty()) {
                keywords.put(id, perLanguage);
            }
        }
        return new TaxonomyChange(added, removed, keywords);
    }

    public boolean isEmpty() {
        return addedThemes.isEmpty() && removedThemes.isEmpty() && keywords.isEmpty();
    }

    /** As plain JSON values for the audit trail. */
    public Map<String, Object> details() {
        Map<String, Object> keywordDetails = new LinkedHashMap<>();
        keywords.forEach((theme, perLanguage) -> {
            Map<String, Object> languages = new LinkedHashMap<>();
            perLanguage.forEach((language, change) ->
                    languages.put(language, Map.of("added", change.added(), "removed", change.removed())));
            keywordDetails.put(theme, languages);
        });
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("addedThemes", addedThemes);
        details.put("removedThemes", removedThemes);
        details.put("keywords", keywordDetails);
        return details;
    }

    private static Map<String, KeywordChange> keywordChanges(
            ThemeTaxonomy.@Nullable Theme before, ThemeTaxonomy.@Nullable Theme after) {
        Set<Language> languages = new LinkedHashSet<>();
        if (after != null) {
            languages.addAll(after.keywords().keySet());
        }
        if (before != null) {
            languages.addAll(before.keywords().keySet());
        }
        Map<String, KeywordChange> out = new LinkedHashMap<>();
        for (Language language : languages) {
            List<String> old = before == null ? List.of() : before.keywords(language);
            List<String> now = after == null ? List.of() : after.keywords(language);
            List<String> added = now.stream().filter(k -> !old.contains(k)).toList();
            List<String> removed = old.stream().filter(k -> !now.contains(k)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.put(language.code(), new KeywordChange(added, removed));
            }
        }
        return out;
    }

    private static Map<String, ThemeTaxonomy.Theme> byId(ThemeTaxonomy taxonomy) {
        Map<String, ThemeTaxonomy.Theme> out = new LinkedHashMap<>();
        taxonomy.themes().forEach(t -> out.put(t.id(), t));
        return out;
    }
}
