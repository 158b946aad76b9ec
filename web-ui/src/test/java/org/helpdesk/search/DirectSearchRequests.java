package org.helpdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;

/**
 * For the benchmark: the body of the request {@link TicketSearch#search(TicketSearchRequest)} sends for the first
 * page of a search by someone who sees every ticket, built from the same parts (query syntax, facet aggregations
 * and filters, sort, highlighting), so that the same search can be sent straight to Elasticsearch. The count of
 * tickets with all the words, which the product adds for plain-word searches that match only some, is left out: the
 * straight side is the one request.
 */
public final class DirectSearchRequests {

    private DirectSearchRequests() {}

    public static String body(TicketSearchRequest request, JsonpMapper mapper) {
        String text = QuerySyntax.normalize(request.query());
        SearchSort sort = SearchSort.effective(request.sort(), text);
        boolean relaxed = QuerySyntax.relaxable(text);
        Query words = relaxed
                ? Query.of(q -> q.bool(b -> b.should(s -> s.constantScore(c ->
                                c.filter(QuerySyntax.of(text, Operator.And)).boost(100f)))
                        .should(QuerySyntax.of(text, Operator.And))
                        .should(QuerySyntax.of(text, Operator.Or))
                        .minimumShouldMatch("1")))
                : QuerySyntax.of(text);
        Query dates = FacetQueries.dateRange(request.filter());
        Query main =
                dates == null ? words : Query.of(q -> q.bool(b -> b.must(words).filter(dates)));
        SearchRequest search = SearchRequest.of(s -> {
            s.from(0)
                    .size(request.size() + 1)
                    .trackTotalHits(t -> t.count(TicketSearch.TRACK_TOTAL_UP_TO))
                    .query(main)
                    .aggregations(FacetQueries.aggregations(request.filter()))
                    .sort(TicketSearch.sortFor(sort))
                    .highlight(h -> h.preTags(String.valueOf(TicketHit.MARK_START))
                            .postTags(String.valueOf(TicketHit.MARK_END))
                            .numberOfFragments(3)
                            .fragmentSize(160)
                            .fields("*description", f -> f)
                            .fields("*messages", f -> f)
                            .fields("*subject", f -> f));
            if (!request.filter().selected().isEmpty()) {
                s.postFilter(FacetQueries.facetFilter(request.filter(), null));
            }
            return s;
        });
        return JsonpUtils.toJsonString(search, mapper);
    }
}
