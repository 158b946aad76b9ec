package org.helpdesk.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.search.internal.TicketIndex;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.TicketReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over tickets. Each text field is indexed with the Russian, Bulgarian and English
 * analyzers side by side, so any inflected form of a word finds the ticket whatever its language.
 * The query syntax is Elasticsearch's {@code simple_query_string}: words, "phrases", {@code -exclusion}
 * and {@code |} for OR; it never fails on malformed input.
 */
@Service
public class TicketSearch {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    private static final int MAX_WINDOW = 10_000;
    private static final List<String> TEXT_FIELDS = List.of(
            "subject^2",
            "subject.ru^2",
            "subject.bg^2",
            "subject.en^2",
            "description",
            "description.ru",
            "description.bg",
            "description.en");

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
        String text = query.strip();
        checkPaging(text, page, size);
        try {
            SearchResponse<Map> response = client.search(
                    s -> s.index(index.alias())
                            .from(page * size)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(toQuery(text))
                            .sort(sortFor(text))
                            .highlight(h -> h.preTags(String.valueOf(TicketHit.MARK_START))
                                    .postTags(String.valueOf(TicketHit.MARK_END))
                                    .numberOfFragments(3)
                                    .fragmentSize(160)
                                    .fields("description*", f -> f)
                                    .fields("subject*", f -> f)),
                    Map.class);
            List<TicketHit> hits =
                    response.hits().hits().stream().map(TicketSearch::toHit).toList();
            long total = response.hits().total() == null
                    ? hits.size()
                    : response.hits().total().value();
            return new TicketSearchResult(text, hits, total, page, size);
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return new TicketSearchResult(text, List.of(), 0, page, size);
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

    private static void checkPaging(String text, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw InvalidInputException.of(
                    "page",
                    "out_of_range",
                    "page must be ≥ 0, size between 1 and " + MAX_PAGE_SIZE + ", and the first " + MAX_WINDOW
                            + " results at most");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.of("q", "too_long", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
    }

    private static List<SortOptions> sortFor(String text) {
        if (!text.isEmpty()) {
            return List.of(); // relevance
        }
        return List.of(SortOptions.of(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))));
    }

    private static Query toQuery(String text) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query words = Query.of(q -> q.simpleQueryString(s ->
                s.query(text).fields(TEXT_FIELDS).defaultOperator(Operator.Or).lenient(true)));
        var reference = TicketReference.parse(text);
        if (reference.isEmpty()) {
            return words;
        }
        Query byNumber = Query.of(
                q -> q.term(t -> t.field("number").value(reference.getAsLong()).boost(10f)));
        return Query.of(q -> q.bool(b -> b.should(words).should(byNumber)));
    }

    private static TicketHit toHit(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Set<String> fragments = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>(hit.highlight().keySet());
        keys.sort((a, b) -> Boolean.compare(a.startsWith("subject"), b.startsWith("subject")));
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
                Instant.parse(String.valueOf(source.get("createdAt"))),
                fragments.stream().limit(3).toList());
    }
}
