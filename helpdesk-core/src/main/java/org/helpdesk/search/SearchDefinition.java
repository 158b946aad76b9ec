package org.helpdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * What a saved search runs: the words ({@code q}), the filters as the search page's query string without
 * {@code q} and {@code sort} (e.g. {@code status=OPEN&from=2026-01-01}), and the order (null: the default).
 */
public record SearchDefinition(
        String query, String filters, @Nullable SearchSort sort) {

    public SearchDefinition {
        query = query.strip();
        filters = filters.strip();
    }
}
