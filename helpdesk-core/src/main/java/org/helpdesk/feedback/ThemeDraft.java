package org.helpdesk.feedback;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A theme as a quality manager entered it, before {@link ThemeTaxonomies} checks and tidies it: the id and the
 * keywords per language code ({@code ru}, {@code bg}, {@code en}). The same shape as a theme of
 * {@link org.helpdesk.analysis.ThemeTaxonomy#toJson()}, so the API takes the taxonomy's own JSON.
 */
public record ThemeDraft(@Nullable String id, @Nullable Map<String, @Nullable List<@Nullable String>> keywords) {}
