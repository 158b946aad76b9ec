package org.helpdesk.web.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.search.FacetValue;
import org.helpdesk.search.TicketHit;
import org.helpdesk.search.TicketSearch;
import org.helpdesk.search.TicketSearchResult;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketReference;
import org.helpdesk.ticket.TicketViewer;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ticket search over REST (parameters: see {@link SearchParams}). Highlights are HTML-escaped text with
 * {@code <mark>} around matches; {@code nextCursor} is passed back as {@code cursor} for the next page.
 */
@RestController
class SearchApi {

    private static final int DEFAULT_SIZE = 20;

    private final TicketSearch search;
    private final Tickets tickets;

    SearchApi(TicketSearch search, Tickets tickets) {
        this.search = search;
        this.tickets = tickets;
    }

    @GetMapping(path = "/api/v1/search/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    Result search(@RequestParam MultiValueMap<String, String> params) {
        TicketSearchResult result =
                search.search(SearchParams.parse(params, DEFAULT_SIZE).seenBy(Viewers.of(tickets)));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, values) -> facets.put(facet.param(), values));
        return new Result(
                result.query(),
                result.total(),
                result.totalExact() ? "eq" : "gte",
                result.sort().param(),
                result.page(),
                result.size(),
                result.nextCursor(),
                result.hits().stream().map(Hit::of).toList(),
                facets,
                result.someWords());
    }

    /** Tickets like this one ("similar complaints"), best first. */
    @GetMapping(path = "/api/v1/search/tickets/{reference}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    Similar similar(@PathVariable String reference, @RequestParam(defaultValue = "5") int size) {
        TicketViewer viewer = Viewers.of(tickets);
        Ticket ticket = tickets.get(reference, viewer);
        List<Hit> hits =
                search.similar(ticket.id(), size, viewer).stream().map(Hit::of).toList();
        return new Similar(ticket.reference(), hits);
    }

    record Result(
            String query,
            long total,
            String totalRelation,
            String sort,
            int page,
            int size,
            @Nullable String nextCursor,
            List<Hit> hits,
            Map<String, List<FacetValue>> facets,
            boolean someWords) {}

    record Similar(String reference, List<Hit> hits) {}

    record Hit(
            String reference,
            long number,
            String subject,
            String status,
            String priority,
            Instant createdAt,
            List<String> highlights) {

        static Hit of(TicketHit hit) {
            return new Hit(
                    TicketReference.format(hit.number()),
                    hit.number(),
                    hit.subject(),
                    hit.status(),
                    hit.priority(),
                    hit.createdAt(),
                    hit.highlights().stream().map(Highlights::html).toList());
        }
    }
}
