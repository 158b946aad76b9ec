package org.helpdesk.web.search;

import java.time.Instant;
import java.util.UUID;
import org.helpdesk.search.SavedSearch;
import org.jspecify.annotations.Nullable;

/**
 * A saved search as the page and the API show it: {@code search} is the query string that runs it (for
 * {@code /search} and {@code /api/v1/search/tickets} alike), {@code href} the page's link.
 */
record SavedSearchView(
        UUID id,
        String name,
        String owner,
        boolean shared,
        boolean mine,
        boolean deletable,
        String query,
        String filters,
        @Nullable String sort,
        String search,
        String href,
        Instant createdAt,
        Instant updatedAt) {

    static SavedSearchView of(SavedSearch saved, String viewer, boolean admin) {
        String href = SearchParams.href(saved.definition());
        return new SavedSearchView(
                saved.id(),
                saved.name(),
                saved.owner(),
                saved.shared(),
                saved.ownedBy(viewer),
                admin || saved.ownedBy(viewer),
                saved.definition().query(),
                saved.definition().filters(),
                saved.definition().sort() == null
                        ? null
                        : saved.definition().sort().param(),
                href.contains("?") ? href.substring(href.indexOf('?') + 1) : "",
                href,
                saved.createdAt(),
                saved.updatedAt());
    }
}
