package org.helpdesk.web.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.helpdesk.search.SearchUnavailableException;
import org.helpdesk.search.TicketHit;
import org.helpdesk.search.TicketSearch;
import org.helpdesk.search.TicketSearchResult;
import org.helpdesk.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page. When Elasticsearch is away the page says so; it never fails with an error page. */
@Controller
class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final TicketSearch search;

    SearchPage(TicketSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("q", q);
        try {
            TicketSearchResult result = search.search(q, page, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("rows", result.hits().stream().map(Row::of).toList());
            model.addAttribute("pageCount", Math.min((result.total() + PAGE_SIZE - 1) / PAGE_SIZE, 10_000 / PAGE_SIZE));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("unavailable", true);
        }
        return "search";
    }

    /** A hit prepared for the template: highlights split into parts printed as escaped text. */
    record Row(TicketHit hit, List<List<Highlights.Part>> fragments) {

        static Row of(TicketHit hit) {
            return new Row(hit, hit.highlights().stream().map(Highlights::parts).toList());
        }
    }
}
