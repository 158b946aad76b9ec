package org.helpdesk.web.feedback;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.helpdesk.feedback.ActiveAnalyzer;
import org.helpdesk.feedback.LabelCounts;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.SentimentModel;
import org.helpdesk.feedback.SentimentModels;
import org.helpdesk.feedback.TrainingPeriod;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-training over the API: train a candidate sentiment model from the labelled feedback, compare its figures,
 * activate it or go back to the built-in model, and follow the re-analysis that follows. The model files never leave
 * the server.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(SentimentModelsApi.TRAINERS)
class SentimentModelsApi {

    static final String TRAINERS = "hasAnyRole('QUALITY_MANAGER','ADMIN')";

    private final SentimentModels models;
    private final ActiveAnalyzer analyzer;
    private final Reanalysis reanalysis;
    private final DateDisplay dates;

    SentimentModelsApi(SentimentModels models, ActiveAnalyzer analyzer, Reanalysis reanalysis, DateDisplay dates) {
        this.models = models;
        this.analyzer = analyzer;
        this.reanalysis = reanalysis;
        this.dates = dates;
    }

    /** The analyzer in force, the labelled feedback there is to train on, and every model, newest first. */
    @GetMapping("/models")
    Models list() {
        return new Models(
                analyzer.version(),
                analyzer.activeModelId(),
                SentimentModels.MIN_EXAMPLES,
                models.labelledFeedback(TrainingPeriod.all()),
                models.list().stream().map(ModelView::of).toList());
    }

    /**
     * Trains a candidate (body optional: {@code {"from": "2025-01-01", "to": "2025-12-31"}}, days in the organisation's
     * time zone, both included); it is not activated. 400 when there is not enough labelled feedback.
     */
    @PostMapping("/models")
    ResponseEntity<ModelView> train(@RequestBody(required = false) @Nullable TrainRequest body, Principal principal) {
        TrainingPeriod period = body == null ? TrainingPeriod.all() : body.period(dates.organisationZone());
        SentimentModel model = models.train(period, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/feedback/models/" + model.id()))
                .body(ModelView.of(model));
    }

    @GetMapping("/models/{id}")
    ModelView get(@PathVariable UUID id) {
        return ModelView.of(models.get(id));
    }

    /** Puts the model in force and re-analyses all feedback in the background. */
    @PostMapping("/models/{id}/activate")
    Activation activate(@PathVariable UUID id, Principal principal) {
        SentimentModel model = models.activate(id, principal.getName());
        return activation(model);
    }

    /** Retires the active model (if any): the built-in one is in force again, and all feedback is re-analysed. */
    @PostMapping("/models/built-in/activate")
    Activation activateBuiltIn(Principal principal) {
        models.activateBuiltIn(principal.getName());
        return activation(null);
    }

    /** The running re-analysis, else the latest one; 404 before the first. */
    @GetMapping("/reanalysis")
    JobView latestReanalysis() {
        return reanalysis.latest().map(JobView::of).orElseThrow(() -> new NotFoundException("re-analysis", "latest"));
    }

    @GetMapping("/reanalysis/{id}")
    JobView reanalysis(@PathVariable UUID id) {
        return reanalysis
                .job(id)
                .map(JobView::of)
                .orElseThrow(() -> new NotFoundException("re-analysis", id.toString()));
    }

    /** Analyses all feedback again (body optional: {@code {"reason": "..."}}); 409 while one is running. */
    @PostMapping("/reanalysis")
    ResponseEntity<JobView> startReanalysis(
            @RequestBody(required = false) @Nullable ReanalysisRequest body, Principal principal) {
        Reanalysis.Job job = reanalysis.start(body == null ? null : body.reason(), principal.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/feedback/reanalysis/" + job.id()))
                .body(JobView.of(job));
    }

    private Activation activation(@Nullable SentimentModel model) {
        return new Activation(
                analyzer.version(),
                model == null ? null : ModelView.of(model),
                reanalysis.latest().map(JobView::of).orElse(null));
    }

    record TrainRequest(@Nullable LocalDate from, @Nullable LocalDate to) {

        TrainingPeriod period(ZoneId zone) {
            Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            return new TrainingPeriod(start, end);
        }
    }

    record ReanalysisRequest(@Nullable String reason) {}

    record Models(
            String analyzerVersion,
            @Nullable UUID activeModelId,
            int minExamplesPerLanguage,
            List<LabelCounts> labelledFeedback,
            List<ModelView> models) {}

    record Activation(
            String analyzerVersion,
            @Nullable ModelView model,
            @Nullable JobView reanalysis) {}

    record ModelView(
            UUID id,
            String version,
            String status,
            int examples,
            List<LabelCounts> labelCounts,
            double cvMacroF1,
            @Nullable Double currentMacroF1,
            @Nullable String currentVersion,
            @Nullable Double difference,
            String verdict,
            String report,
            String trainedBy,
            Instant trainedAt,
            @Nullable String activatedBy,
            @Nullable Instant activatedAt) {

        static ModelView of(SentimentModel m) {
            return new ModelView(
                    m.id(),
                    m.version(),
                    m.status().name(),
                    m.examples(),
                    m.labelCounts(),
                    m.cvMacroF1(),
                    m.currentMacroF1(),
                    m.currentVersion(),
                    m.difference(),
                    m.verdict().name(),
                    m.report(),
                    m.trainedBy(),
                    m.trainedAt(),
                    m.activatedBy(),
                    m.activatedAt());
        }
    }

    record JobView(
            UUID id,
            String status,
            String reason,
            String requestedBy,
            Instant requestedAt,
            int total,
            int done,
            int percent,
            @Nullable Instant finishedAt,
            @Nullable String error) {

        static JobView of(Reanalysis.Job job) {
            return new JobView(
                    job.id(),
                    job.status(),
                    job.reason(),
                    job.requestedBy(),
                    job.requestedAt(),
                    job.total(),
                    job.done(),
                    job.percent(),
                    job.finishedAt(),
                    job.error());
        }
    }
}
