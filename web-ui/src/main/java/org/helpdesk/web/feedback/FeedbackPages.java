package org.helpdesk.web.feedback;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackFilter;
import org.helpdesk.feedback.ThemeTaxonomies;
import org.helpdesk.feedback.ThemeVolume;
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

    FeedbackPages(Feedback feedback, ThemeTaxonomies taxonomies) {
        this.feedback = feedback;
        this.taxonomies = taxonomies;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String sentiment,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        FeedbackFilter filter = new FeedbackFilter(sentiment, theme, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("result", feedback.list(filter));
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
