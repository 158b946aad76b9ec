package org.helpdesk.web.feedback;

import java.security.Principal;
import java.util.UUID;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackFilter;
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

    FeedbackPages(Feedback feedback) {
        this.feedback = feedback;
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
        String target = back != null && back.startsWith("/feedback") && !back.startsWith("//") ? back : "/feedback";
        return "redirect:" + target;
    }
}
