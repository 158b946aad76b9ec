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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.search.internal.FeedbackIndex;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Full-text search over feedback comments, for the quality managers' feedback list: the ticket search's syntax
 * ({@link QuerySyntax}: words, phrases, {@code -exclusion}, {@code OR}), each comment stemmed by its own language's
 * analyzer, narrowed by the list's filters (the effective sentiment and theme), best matches first (then newest),
 * with the matched words highlighted.
 */
@Service
public class FeedbackSearch {

    static final List<String> TEXT_FIELDS = List.of("comment", "ru.comment", "bg.comment", "en.comment");
    private static final int MAX_WINDOW = 10_000;

    private final ElasticsearchClient client;
    private final FeedbackIndex index;

    FeedbackSearch(ElasticsearchClient client, FeedbackIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Items whose comment matches {@code query} (not blank) with the given sentiment and theme, if any. */
    public FeedbackSearchResult search(
            String query, @Nullable String sentiment, @Nullable String theme, int page, int size) {
        check(query, sentiment, theme, page, size);
        Query words = QuerySyntax.words(QuerySyntax.normalize(query), Operator.And, TEXT_FIELDS);
        List<Query> filters = new ArrayList<>();
        if (sentiment != null) {
            filters.add(term("sentiment", Facet.SENTIMENT.normalize(sentiment)));
        }
        if (theme != null) {
            filters.add(term("themes", Facet.THEME.normalize(theme)));
        }
        SearchRequest search = SearchRequest.of(s -> s.index(index.alias())
                .from(page * size)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.must(words).filter(filters)))
                .sort(List.of(
                        SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
                        SortOptions.of(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc))),
                        SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))))
                .source(src -> src.fetch(false))
                .highlight(h -> h.preTags(String.valueOf(TicketHit.MARK_START))
                        .postTags(String.valueOf(TicketHit.MARK_END))
                        .numberOfFragments(3)
                        .fragmentSize(200)
                        .fields("*comment", f -> f)));
        try {
            SearchResponse<Void> response = client.search(search, Void.class);
            var total = response.hits().total();
            List<FeedbackHit> hits =
                    response.hits().hits().stream().map(FeedbackSearch::hit).toList();
            return new FeedbackSearchResult(hits, total == null ? hits.size() : total.value(), page, size);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new FeedbackSearchResult(List.of(), 0, page, size);
            }
            if (e.status() == 400) {
                throw InvalidInputException.of("q", "too_complex", "this search is too complex; use fewer words");
            }
            throw new SearchUnavailableException("Search failed: " + e.error().type(), e);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    private static void check(String query, @Nullable String sentiment, @Nullable String theme, int page, int size) {
        if (query.isBlank()) {
            throw InvalidInputException.of("q", "blank", "must not be blank");
        }
        if (query.length() > TicketSearch.MAX_QUERY_LENGTH) {
            throw InvalidInputException.of(
                    "q", "too_long", "must be at most " + TicketSearch.MAX_QUERY_LENGTH + " characters");
        }
        if (size < 1 || size > TicketSearch.MAX_PAGE_SIZE) {
            throw InvalidInputException.of(
                    "size", "out_of_range", "must be between 1 and " + TicketSearch.MAX_PAGE_SIZE);
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw InvalidInputException.of(
                    "page", "out_of_range", "page must be ≥ 0 and within the first " + MAX_WINDOW + " results");
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    /**
     * The fragments with a marked word of one field: the comment's language field when it has any (its stemmer marks
     * the inflected forms too), else the neutral one; both would show the same text twice.
     */
    private static FeedbackHit hit(Hit<Void> hit) {
        List<String> fragments = hit.highlight().entrySet().stream()
                .sorted((a, b) ->
                        Boolean.compare(a.getKey().equals("comment"), b.getKey().equals("comment")))
                .map(field -> field.getValue().stream()
                        .filter(f -> f.indexOf(TicketHit.MARK_START) >= 0)
                        .limit(3)
                        .toList())
                .filter(marked -> !marked.isEmpty())
                .findFirst()
                .orElse(List.of());
        return new FeedbackHit(UUID.fromString(hit.id()), fragments);
    }
}
