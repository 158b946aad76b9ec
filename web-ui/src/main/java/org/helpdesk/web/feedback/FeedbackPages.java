package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackFilter;
import org.helpdesk.feedback.FeedbackPage;
import org.helpdesk.feedback.ThemeTaxonomies;
import org.helpdesk.feedback.ThemeVolume;
import org.helpdesk.search.SearchUnavailableException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.web.search.Highlights;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quality manager's list of what customers say; the themes view is {@link ThemeInsightsPages}. */
@Controller
@RequestMapping("/feedback")
@PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
class FeedbackPages {

    private static final int PAGE_SIZE = 50;

    private final Feedback feedback;
    private final ThemeTaxonomies taxonomies;
    private final FeedbackFinder finder;

    FeedbackPages(Feedback feedback, ThemeTaxonomies taxonomies, FeedbackFinder finder) {
        this.feedback = feedback;
        this.taxonomies = taxonomies;
        this.finder = finder;
    }

    /** The list, with words ({@code q}) searched in the comments; the search's problems are said on the page. */
    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sentiment,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletResponse response) {
        FeedbackFilter filter = new FeedbackFilter(sentiment, theme, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("q", q == null || q.isBlank() ? null : q.strip());
        FeedbackFinder.Found found =
                new FeedbackFinder.Found(new FeedbackPage(List.of(), page, PAGE_SIZE, 0), Map.of());
        model.addAttribute("searchInvalid", false);
        model.addAttribute("searchUnavailable", false);
        try {
            found = finder.find(q, filter);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchInvalid", true);
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("searchUnavailable", true);
        }
        model.addAttribute("result", found.page());
        Map<UUID, List<List<Highlights.Part>>> highlights = new HashMap<>();
        found.highlights()
                .forEach((id, fragments) -> highlights.put(
                        id, fragments.stream().map(Highlights::parts).toList()));
        model.addAttribute("highlights", highlights);
        model.addAttribute(
                "themeIds",
                feedback.themeVolumes().stream().map(ThemeVolume::theme).toList());
        model.addAttribute(
                "taxonomyThemes",
                taxonomies.current().themes().stream()
                        .map(ThemeTaxonomy.Theme::id)
                        .toList());
        return "feedback/list";
    }

    /** Corrects an item's sentiment from the list and goes back to the same view. */
    @PostMapping("/{id}/label")
    String correct(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable String back,
            Principal principal) {
        feedback.correct(id, label, principal.getName());
        return "redirect:" + back(back);
    }

    /** Corrects an item's themes (the ticked ones; none ticked means no theme) and goes back to the same view. */
    @PostMapping("/{id}/themes")
    String correctThemes(
            @PathVariable UUID id,
            @RequestParam(name = "theme", required = false) @Nullable List<String> themes,
            @RequestParam(required = false) @Nullable String back,
            Principal principal) {
        feedback.correctThemes(id, themes == null ? List.of() : List.copyOf(themes), principal.getName());
        return "redirect:" + back(back);
    }

    /** Only back into the feedback pages, never to another site. */
    private static String back(@Nullable String back) {
        return back != null && back.startsWith("/feedback") && !back.startsWith("//") ? back : "/feedback";
    }
}
