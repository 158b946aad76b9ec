package org.helpdesk.web.search;

import java.time.Instant;
import java.util.List;
import org.helpdesk.search.TicketHit;
import org.helpdesk.search.TicketSearch;
import org.helpdesk.search.TicketSearchResult;
import org.helpdesk.ticket.TicketReference;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ticket search over REST. Highlights are HTML-escaped text with {@code <mark>} around matches. */
@RestController
class SearchApi {

    private final TicketSearch search;

    SearchApi(TicketSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/search/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    Result search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        TicketSearchResult result = search.search(q, page, size);
        return new Result(
                result.query(),
                result.total(),
                result.page(),
                result.size(),
                result.hits().stream().map(Hit::of).toList());
    }

    record Result(String query, long total, int page, int size, List<Hit> hits) {}

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
