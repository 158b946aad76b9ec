package org.helpdesk.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of results. {@code totalExact} is false when there are more than {@code total} matches
 * (counting stops there to keep searches fast). {@code nextCursor} fetches the following page, or is
 * null on the last one. {@code someWords} is true when, after the tickets with all the words, tickets with only some of them follow.
 */
public record TicketSearchResult(
        String query,
        List<TicketHit> hits,
        long total,
        boolean totalExact,
        Map<Facet, List<FacetValue>> facets,
        SearchSort sort,
        @Nullable String nextCursor,
        int page,
        int size,
        boolean someWords) {

    public TicketSearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetValue>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }

    TicketSearchResult withSomeWords() {
        return new TicketSearchResult(query, hits, total, totalExact, facets, sort, nextCursor, page, size, true);
    }

    static TicketSearchResult empty(TicketSearchRequest request, SearchSort sort) {
        return new TicketSearchResult(
                request.query(), List.of(), 0, true, Map.of(), sort, null, request.page(), request.size(), false);
    }
}
