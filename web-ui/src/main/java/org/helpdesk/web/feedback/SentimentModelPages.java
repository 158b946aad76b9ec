package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.UUID;
import org.helpdesk.feedback.ActiveAnalyzer;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.SentimentModel;
import org.helpdesk.feedback.SentimentModels;
import org.helpdesk.feedback.TrainingPeriod;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quality manager's page for self-training: what is in force, the labelled feedback there is, the trained models
 * with their figures next to the current analyzer's, and the re-analysis progress (the page refreshes itself while
 * one runs, without any script).
 */
@Controller
@RequestMapping("/feedback/models")
@PreAuthorize(SentimentModelsApi.TRAINERS)
class SentimentModelPages {

    private static final String PAGE = "redirect:/feedback/models";

    private final SentimentModels models;
    private final ActiveAnalyzer analyzer;
    private final Reanalysis reanalysis;
    private final DateDisplay dates;

    SentimentModelPages(SentimentModels models, ActiveAnalyzer analyzer, Reanalysis reanalysis, DateDisplay dates) {
        this.models = models;
        this.analyzer = analyzer;
        this.reanalysis = reanalysis;
        this.dates = dates;
    }

    @GetMapping
    String page(Model model, HttpServletResponse response) {
        Reanalysis.Job job = reanalysis.latest().orElse(null);
        if (job != null && job.running()) {
            response.setHeader("Refresh", "3");
        }
        model.addAttribute("analyzerVersion", analyzer.version());
        model.addAttribute("active", models.active().orElse(null));
        model.addAttribute("models", models.list());
        model.addAttribute("labelled", models.labelledFeedback(TrainingPeriod.all()));
        model.addAttribute("minExamples", SentimentModels.MIN_EXAMPLES);
        model.addAttribute("job", job);
        return "feedback/models";
    }

    /** Trains a candidate; it waits on the page for the manager to compare and decide. */
    @PostMapping
    String train(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            TrainingPeriod period = new SentimentModelsApi.TrainRequest(from, to).period(dates.organisationZone());
            SentimentModel trained = models.train(period, principal.getName());
            redirect.addFlashAttribute("notice", "models.trainedNotice");
            return PAGE + "#model-" + trained.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return page(model, response);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", "models.trainingRunning");
            return page(model, response);
        }
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        models.activate(id, principal.getName());
        redirect.addFlashAttribute("notice", "models.activated");
        return PAGE;
    }

    @PostMapping("/built-in/activate")
    String activateBuiltIn(Principal principal, RedirectAttributes redirect) {
        boolean changed = models.activateBuiltIn(principal.getName()).isPresent();
        redirect.addFlashAttribute("notice", changed ? "models.builtInActivated" : "models.builtInAlready");
        return PAGE;
    }

    @PostMapping("/reanalysis")
    String reanalyse(Principal principal, RedirectAttributes redirect) {
        try {
            reanalysis.start("requested on the models page", principal.getName());
            redirect.addFlashAttribute("notice", "models.reanalysisStarted");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", "models.reanalysisRunning");
        }
        return PAGE;
    }
}
