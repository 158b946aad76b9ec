package org.helpdesk.web.feedback;

import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackFilter;
import org.helpdesk.feedback.ThemeVolume;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quality manager's view of what customers say: analysed items, and volume and mood per theme. */
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

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", feedback.themeVolumes());
        return "feedback/themes";
    }
}
