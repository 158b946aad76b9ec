package org.helpdesk.web.search;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.helpdesk.search.Facet;
import org.helpdesk.search.FacetValue;
import org.helpdesk.search.SavedSearches;
import org.helpdesk.search.SearchSort;
import org.helpdesk.search.SearchUnavailableException;
import org.helpdesk.search.TicketExport;
import org.helpdesk.search.TicketHit;
import org.helpdesk.search.TicketSearch;
import org.helpdesk.search.TicketSearchResult;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.TicketVisibility;
import org.helpdesk.web.i18n.ThemeNames;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the query, a sidebar of facets with counts (links that choose or unchoose a value and
 * keep the rest of the search), the order, and a "next page" link carrying a cursor; the user's and the shared
 * saved searches, a form to save this one, and links to export it. When Elasticsearch is away the page says so;
 * it never fails with an error page.
 */
@Controller
class SearchPage {

    private static final int PAGE_SIZE = 20;

    private final TicketSearch search;
    private final SavedSearches saved;
    private final TicketExport export;
    private final ThemeNames themeNames;

    private final TicketVisibility visibility;

    SearchPage(
            TicketSearch search,
            SavedSearches saved,
            TicketExport export,
            ThemeNames themeNames,
            TicketVisibility visibility) {
        this.visibility = visibility;
        this.search = search;
        this.saved = saved;
        this.export = export;
        this.themeNames = themeNames;
    }

    @GetMapping("/search")
    String search(
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            Authentication searcher) {
        params.remove("size"); // the page has its own size
        SearchParams kept = SearchParams.of(params);
        model.addAttribute("q", kept.first("q"));
        model.addAttribute("from", kept.first("from"));
        model.addAttribute("to", kept.first("to"));
        model.addAttribute("hidden", kept.hidden());
        savedSearches(model, kept, searcher);
        try {
            TicketSearchResult result =
                    search.search(SearchParams.parse(params, PAGE_SIZE).seenBy(Viewers.of(visibility)));
            model.addAttribute("result", result);
            model.addAttribute("rows", result.hits().stream().map(Row::of).toList());
            model.addAttribute("facets", facets(result, kept));
            model.addAttribute("sorts", sorts(result.sort(), kept));
            model.addAttribute("nextHref", result.nextCursor() == null ? null : kept.continuedAt(result.nextCursor()));
            boolean paged = params.getFirst("cursor") != null || result.page() > 0;
            model.addAttribute("firstHref", paged ? kept.firstPage() : null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("unavailable", true);
        }
        return "search";
    }

    /** The saved searches to run again, the form that saves this one, and the links that export it. */
    private void savedSearches(Model model, SearchParams kept, Authentication searcher) {
        boolean admin = Searchers.isAdmin(searcher);
        model.addAttribute(
                "saved",
                saved.visibleTo(searcher.getName()).stream()
                        .map(s -> SavedSearchView.of(s, searcher.getName(), admin))
                        .toList());
        model.addAttribute("searchFields", kept.fields());
        String query = kept.queryString();
        model.addAttribute("exportCsvHref", "/search/export.csv" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("exportXlsxHref", "/search/export.xlsx" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("exportCap", export.maxRows());
    }

    private List<FacetView> facets(TicketSearchResult result, SearchParams kept) {
        return Arrays.stream(Facet.values())
                .map(facet -> new FacetView(
                        facet.param(),
                        result.facets().getOrDefault(facet, List.of()).stream()
                                .map(value -> FacetLink.of(
                                        facet,
                                        facet == Facet.THEME ? value.withLabel(themeNames.of(value.value())) : value,
                                        kept))
                                .toList()))
                .filter(view -> !view.values().isEmpty())
                .toList();
    }

    private static List<SortLink> sorts(SearchSort current, SearchParams kept) {
        return Arrays.stream(SearchSort.values())
                .map(sort -> new SortLink(sort.param(), sort == current, kept.sortedBy(sort)))
                .toList();
    }

    /** A hit prepared for the template: highlights split into parts printed as escaped text. */
    record Row(TicketHit hit, List<List<Highlights.Part>> fragments) {

        static Row of(TicketHit hit) {
            return new Row(hit, hit.highlights().stream().map(Highlights::parts).toList());
        }
    }

    record FacetView(String param, List<FacetLink> values) {}

    /** One facet value: {@code labelKey} is a message key when the value has a translated name. */
    record FacetLink(String label, @Nullable String labelKey, long count, boolean selected, String href) {

        static FacetLink of(Facet facet, FacetValue value, SearchParams kept) {
            return new FacetLink(
                    value.label(),
                    labelKey(facet, value.value()),
                    value.count(),
                    value.selected(),
                    kept.toggle(facet, value.value()));
        }

        private static @Nullable String labelKey(Facet facet, String value) {
            if (facet.isFlag()) {
                return "search.flag." + value;
            }
            return switch (facet) {
                case STATUS, PRIORITY, CHANNEL, TYPE -> facet.param() + "." + value;
                case SENTIMENT -> "feedback." + value;
                default -> null;
            };
        }
    }

    record SortLink(String param, boolean active, String href) {}
}
