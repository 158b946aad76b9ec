package org.helpdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.search.internal.TicketIndex;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketViewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over tickets with filters, facet counts and deep paging. Each text is indexed
 * language-neutrally and, for a Russian, Bulgarian or English ticket, by that language's analyzer, so an
 * inflected form of a word finds the ticket through its language's stemmer; the syntax ({@link QuerySyntax})
 * never fails on malformed input.
 * Pages beyond the first are reached with an opaque cursor ({@code search_after}), which works beyond
 * Elasticsearch's 10,000-hit window; numbered pages remain for the first 10,000.
 */
@Service
public class TicketSearch {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_SIMILAR = 20;
    /** Counting stops here ({@code totalExact} false beyond): exact totals of huge sets cost time. */
    static final int TRACK_TOTAL_UP_TO = 100_000;

    private static final int MAX_WINDOW = 10_000;
    private static final List<String> SIMILARITY_FIELDS = QuerySyntax.TEXT_FIELDS.stream()
            .map(field -> field.replace("^2", ""))
            .toList();

    private final ElasticsearchClient client;
    private final TicketIndex index;
    private final JdbcClient jdbc;

    TicketSearch(ElasticsearchClient client, TicketIndex index, JdbcClient jdbc) {
        this.client = client;
        this.index = index;
        this.jdbc = jdbc;
    }

    /** Finds tickets matching {@code query}; a blank query lists the newest tickets. */
    public TicketSearchResult search(String query, int page, int size) {
        return search(TicketSearchRequest.of(query, page, size));
    }

    /** Finds tickets matching the request's words and filters, with facet counts. */
    public TicketSearchResult search(TicketSearchRequest request) {
        check(request);
        String text = QuerySyntax.normalize(request.query());
        SearchSort sort = SearchSort.effective(request.sort(), text);
        SearchCursor cursor = request.cursor() == null ? null : SearchCursor.decode(request.cursor(), sort);
        int from = cursor == null ? request.page() * request.size() : 0;
        // One more than asked for tells whether there is a next page.
        int fetch = Math.min(request.size() + 1, cursor == null ? MAX_WINDOW - from : request.size() + 1);
        boolean relaxed = QuerySyntax.relaxable(text);
        TicketSearchResult result = run(request, text, sort, cursor, from, fetch, relaxed);
        if (relaxed && result.total() > 0 && result.total() > allWords(text, request)) {
            return result.withSomeWords();
        }
        return result;
    }

    /** How many tickets, under the same filters, have every word. */
    private long allWords(String text, TicketSearchRequest request) {
        return countMatching(filtered(text, request, false));
    }

    /**
     * How many tickets the request matches, exactly and without the search's counting limit: the tickets its pages
     * list (with some of the words too, as the search does). Paging fields are ignored.
     */
    public long count(TicketSearchRequest request) {
        check(request);
        String text = QuerySyntax.normalize(request.query());
        return countMatching(filtered(text, request, QuerySyntax.relaxable(text)));
    }

    /**
     * The rows of one export page in the request's order, after {@code after} (null: from the first). Filters are
     * part of the query here rather than a {@code post_filter}: there are no facet counts to keep, and scores are
     * the same since filters do not score. No totals, highlights or texts: only what the file holds.
     */
    ExportPage exportPage(TicketSearchRequest request, @Nullable SearchCursor after, int size) {
        String text = QuerySyntax.normalize(request.query());
        SearchSort sort = SearchSort.effective(request.sort(), text);
        Query query = filtered(text, request, QuerySyntax.relaxable(text));
        SearchRequest search = SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(size)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(query)
                    .sort(sortFor(sort))
                    .source(src -> src.filter(f -> f.includes(ExportRow.SOURCE_FIELDS)));
            return after == null ? s : s.searchAfter(after.searchAfter());
        });
        try {
            List<Hit<Map>> hits = client.search(search, Map.class).hits().hits();
            List<ExportRow> rows = hits.stream()
                    .map(h -> ExportRow.of(h.source() == null ? Map.of() : h.source()))
                    .toList();
            SearchCursor next = hits.size() < size
                    ? null
                    : SearchCursor.after(sort, hits.get(hits.size() - 1).sort());
            return new ExportPage(rows, next);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new ExportPage(List.of(), null);
            }
            throw new SearchUnavailableException("Search failed: " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    private long countMatching(Query query) {
        try {
            return client.count(c -> c.index(index.alias()).query(query)).count();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return 0;
            }
            throw new SearchUnavailableException("Search failed: " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    /** The words and every filter as one query. */
    private static Query filtered(String text, TicketSearchRequest request, boolean relaxed) {
        TicketFilter filter = request.filter();
        Query main = visibleTo(request.viewer(), mainQuery(text, filter, relaxed));
        if (filter.selected().isEmpty()) {
            return main;
        }
        return Query.of(q -> q.bool(b -> b.must(main).filter(FacetQueries.facetFilter(filter, null))));
    }

    private TicketSearchResult run(
            TicketSearchRequest request,
            String text,
            SearchSort sort,
            @Nullable SearchCursor cursor,
            int from,
            int fetch,
            boolean relaxed) {
        SearchRequest search = SearchRequest.of(s -> {
            s.index(index.alias())
                    .from(from)
                    .size(fetch)
                    .trackTotalHits(t -> t.count(TRACK_TOTAL_UP_TO))
                    .query(visibleTo(request.viewer(), mainQuery(text, request.filter(), relaxed)))
                    .aggregations(FacetQueries.aggregations(request.filter()))
                    .sort(sortFor(sort))
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
            return cursor == null ? s : s.searchAfter(cursor.searchAfter());
        });
        try {
            return toResult(request, sort, client.search(search, Map.class));
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return TicketSearchResult.empty(request, sort);
            }
            if (e.status() == 400) {
                throw rejected(cursor != null, e);
            }
            throw new SearchUnavailableException("Search failed: " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    /** Tickets whose words resemble this one's ("more like this"), best first; empty if it is not indexed yet. */
    public List<TicketHit> similar(TicketId ticket, int size) {
        return similar(ticket, size, null);
    }

    /** The similar tickets that {@code viewer} may see. */
    public List<TicketHit> similar(TicketId ticket, int size, @Nullable TicketViewer viewer) {
        if (size < 1 || size > MAX_SIMILAR) {
            throw InvalidInputException.of("size", "out_of_range", "must be between 1 and " + MAX_SIMILAR);
        }
        try {
            SearchResponse<Map> response = client.search(
                    s -> s.index(index.alias())
                            .size(size)
                            .query(visibleTo(
                                    viewer,
                                    Query.of(q -> q.moreLikeThis(m -> m.fields(SIMILARITY_FIELDS)
                                            .like(l -> l.document(
                                                    d -> d.index(index.alias()).id(ticket.toString())))
                                            .minTermFreq(1)
                                            .minDocFreq(1)
                                            .maxQueryTerms(25)
                                            .minimumShouldMatch("30%"))))),
                    Map.class);
            return response.hits().hits().stream().map(TicketSearch::toHit).toList();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return List.of();
            }
            throw new SearchUnavailableException("Search failed: " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    /** Whether Elasticsearch answers, and how many changes are waiting to be indexed. */
    public SearchStatus status() {
        long pending =
                jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
        try {
            var health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            String status = health.status().jsonValue();
            return new SearchStatus(!"red".equals(status), status, pending, health.clusterName());
        } catch (IOException | RuntimeException e) {
            return new SearchStatus(
                    false, "unreachable", pending, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void check(TicketSearchRequest request) {
        int page = request.page();
        int size = request.size();
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "out_of_range", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw InvalidInputException.of(
                    "page",
                    "out_of_range",
                    "page must be ≥ 0 and within the first " + MAX_WINDOW + " results; use the cursor to go further");
        }
        if (request.cursor() != null && page != 0) {
            throw InvalidInputException.of("page", "with_cursor", "a cursor already says where the page starts");
        }
        if (request.query().length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.of("q", "too_long", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
    }

    /**
     * The words as a query. Plain words ({@code relaxed}): tickets with all of them score far above tickets with some
     * of them, so they come first and nothing relevant is missing; with operators: exactly what was asked.
     */
    /**
     * Only the tickets {@code viewer} may see (null: all), the index's twin of {@link TicketViewer#sees}: without a
     * team, of one of their teams, or assigned to them. A filter, so scores stay and facets count only these.
     */
    static Query visibleTo(@Nullable TicketViewer viewer, Query query) {
        if (viewer == null || viewer.everything()) {
            return query;
        }
        List<FieldValue> teams =
                viewer.teams().stream().map(t -> FieldValue.of(t.toString())).toList();
        Query seen = Query.of(q -> q.bool(b -> {
            b.should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("team.id")))));
            b.should(s -> s.term(t -> t.field("assignee").value(viewer.username())));
            if (!teams.isEmpty()) {
                b.should(s -> s.terms(t -> t.field("team.id").terms(v -> v.value(teams))));
            }
            return b.minimumShouldMatch("1");
        }));
        return Query.of(q -> q.bool(b -> b.must(query).filter(seen)));
    }

    private static Query mainQuery(String text, TicketFilter filter, boolean relaxed) {
        Query words = relaxed
                ? Query.of(q -> q.bool(b -> b.should(s -> s.constantScore(c ->
                                c.filter(QuerySyntax.of(text, Operator.And)).boost(100f)))
                        .should(QuerySyntax.of(text, Operator.And))
                        .should(QuerySyntax.of(text, Operator.Or))
                        .minimumShouldMatch("1")))
                : QuerySyntax.of(text);
        Query dates = FacetQueries.dateRange(filter);
        return dates == null ? words : Query.of(q -> q.bool(b -> b.must(words).filter(dates)));
    }

    static List<SortOptions> sortFor(SearchSort sort) {
        SortOrder order = sort == SearchSort.OLDEST ? SortOrder.Asc : SortOrder.Desc;
        List<SortOptions> options = new ArrayList<>();
        if (sort == SearchSort.RELEVANCE) {
            options.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
        }
        options.add(SortOptions.of(o -> o.field(f -> f.field("createdAt").order(order))));
        options.add(SortOptions.of(o -> o.field(f -> f.field("number").order(order))));
        return options;
    }

    private static TicketSearchResult toResult(
            TicketSearchRequest request, SearchSort sort, SearchResponse<Map> response) {
        List<Hit<Map>> found = response.hits().hits();
        List<Hit<Map>> shown = found.subList(0, Math.min(found.size(), request.size()));
        String next = found.size() > request.size()
                ? SearchCursor.after(sort, shown.get(shown.size() - 1).sort()).encode()
                : null;
        var total = response.hits().total();
        return new TicketSearchResult(
                request.query(),
                shown.stream().map(TicketSearch::toHit).toList(),
                total == null ? shown.size() : total.value(),
                total == null || total.relation() == TotalHitsRelation.Eq,
                FacetQueries.read(response.aggregations(), request.filter()),
                sort,
                next,
                request.page(),
                request.size(),
                false);
    }

    private static InvalidInputException rejected(boolean withCursor, ElasticsearchException e) {
        if (withCursor) {
            return InvalidInputException.of(
                    "cursor", "invalid", "is not a cursor of this search; start again from the first page");
        }
        return InvalidInputException.of("q", "too_complex", "this search is too complex; use fewer words");
    }

    private static TicketHit toHit(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Set<String> fragments = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>(hit.highlight().keySet());
        keys.sort((a, b) -> Boolean.compare(a.endsWith("subject"), b.endsWith("subject")));
        for (String key : keys) {
            // A fragment without a marked word (another analyzer's view of the same text) says nothing.
            hit.highlight().get(key).stream()
                    .filter(f -> f.indexOf(TicketHit.MARK_START) >= 0)
                    .forEach(fragments::add);
        }
        return new TicketHit(
                ((Number) source.get("number")).longValue(),
                String.valueOf(source.get("subject")),
                String.valueOf(source.get("status")),
                String.valueOf(source.get("priority")),
                createdAt(source.get("createdAt")),
                fragments.stream().limit(3).toList());
    }

    private static Instant createdAt(@Nullable Object value) {
        return value == null ? Instant.EPOCH : Instant.parse(String.valueOf(value));
    }
}
