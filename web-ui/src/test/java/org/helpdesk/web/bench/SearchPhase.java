package org.helpdesk.web.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.search.DirectSearchRequests;
import org.helpdesk.search.Facet;
import org.helpdesk.search.TicketFilter;
import org.helpdesk.search.TicketSearchRequest;

/**
 * (2) Search latency for a fixed mix of searches in Russian, Bulgarian and English (words, inflected forms,
 * phrases, filters and facets): through the product's API ({@code GET /api/v1/search/tickets}, with HTTP Basic as
 * API clients sign in, as the
 * quality manager who sees every ticket) and the same request body straight to Elasticsearch, alternating.
 */
final class SearchPhase {

    static final int PAGE_SIZE = 20;

    /** One search of the mix: its kind, words and filters. */
    record Query(String kind, String q, Map<Facet, Set<String>> filters) {

        String url() {
            StringBuilder url =
                    new StringBuilder("/api/v1/search/tickets?size=" + PAGE_SIZE + "&q=" + AgentSession.encode(q));
            filters.forEach((facet, values) -> values.forEach(
                    v -> url.append('&').append(facet.param()).append('=').append(AgentSession.encode(v))));
            return url.toString();
        }

        TicketSearchRequest request() {
            return new TicketSearchRequest(q, new TicketFilter(null, null, filters), null, null, 0, PAGE_SIZE);
        }
    }

    static final List<Query> MIX = List.of(
            new Query("words", "интернет", Map.of()),
            new Query("words", "приложения не работает", Map.of()),
            new Query("words", "поръчката", Map.of()),
            new Query("words", "рутерът не работи", Map.of()),
            new Query("words", "refund", Map.of()),
            new Query("words", "courier delivery late", Map.of()),
            new Query("phrases", "\"не работает\"", Map.of()),
            new Query("phrases", "\"не работи\"", Map.of()),
            new Query("phrases", "\"never arrived\"", Map.of()),
            new Query("filters and facets", "доставка", Map.of(Facet.STATUS, Set.of("OPEN"))),
            new Query(
                    "filters and facets", "", Map.of(Facet.PRIORITY, Set.of("URGENT"), Facet.CHANNEL, Set.of("PHONE"))),
            new Query(
                    "filters and facets",
                    "refund",
                    Map.of(Facet.LANGUAGE, Set.of("en"), Facet.TYPE, Set.of("COMPLAINT"))),
            new Query("filters and facets", "сметка", Map.of(Facet.SLA_BREACHED, Set.of("true"))));

    private final BenchApp app;
    private final BenchOptions options;
    private final Progress progress;

    SearchPhase(BenchApp app, BenchOptions options, Progress progress) {
        this.app = app;
        this.options = options;
        this.progress = progress;
    }

    List<Result> run() throws Exception {
        AgentSession quality = AgentSession.signIn(app.base(), BenchApp.QUALITY_MANAGER, BenchApp.PASSWORD);
        Elasticsearch es = new Elasticsearch(app.elasticsearch());
        JsonpMapper mapper = app.bean(ElasticsearchClient.class)._jsonpMapper();
        String searchPath = "/" + BenchApp.INDEX_PREFIX + "-tickets/_search";
        Map<String, Latencies> product = new LinkedHashMap<>();
        Map<String, Latencies> direct = new LinkedHashMap<>();
        Latencies allProduct = new Latencies();
        Latencies allDirect = new Latencies();
        for (int round = -3; round < options.searchRuns(); round++) {
            for (Query query : MIX) {
                String body = DirectSearchRequests.body(query.request(), mapper);
                long t0 = System.nanoTime();
                HttpResponse<String> answer = quality.api(query.url());
                long t1 = System.nanoTime();
                es.post(searchPath, body);
                long t2 = System.nanoTime();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(query.url() + " answered " + answer.statusCode());
                }
                if (round >= 0) {
                    product.computeIfAbsent(query.kind(), k -> new Latencies()).add(t1 - t0);
                    direct.computeIfAbsent(query.kind(), k -> new Latencies()).add(t2 - t1);
                    allProduct.add(t1 - t0);
                    allDirect.add(t2 - t1);
                }
            }
        }
        progress.line("search: product %s, straight to Elasticsearch %s", allProduct.summary(), allDirect.summary());
        List<Result> results = new ArrayList<>();
        product.forEach((kind, latencies) -> results.add(row(kind, latencies, direct.get(kind))));
        results.add(row("whole mix", allProduct, allDirect));
        return results;
    }

    private Result row(String kind, Latencies product, Latencies direct) {
        String queries = MIX.stream()
                .filter(q -> kind.equals("whole mix") || q.kind().equals(kind))
                .map(q -> "`" + (q.q() + " " + filters(q)).strip() + "`")
                .collect(Collectors.joining(", "));
        double ratio = product.percentileMs(50) / direct.percentileMs(50);
        String target = "—";
        if (kind.equals("whole mix")) {
            boolean fast = product.percentileMs(95) <= 100;
            target = "p95 ≤ 100 ms — %s; ≤ 1.3× — %s"
                    .formatted(fast ? "met" : "**not met**", ratio <= 1.3 ? "met" : "**not met**");
        }
        return new Result(
                "search",
                "%s (%d runs each): %s"
                        .formatted(kind, options.searchRuns(), kind.equals("whole mix") ? "all above" : queries),
                product.summary(),
                direct.summary(),
                "%.1f× (p50)".formatted(ratio),
                target);
    }

    private static String filters(Query query) {
        return query.filters().entrySet().stream()
                .map(e -> e.getKey().param() + "=" + String.join(",", e.getValue()))
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
