package org.helpdesk.web.feedback;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackDraft;
import org.helpdesk.feedback.FeedbackFilter;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.FeedbackPage;
import org.helpdesk.feedback.FeedbackSource;
import org.helpdesk.feedback.RecordedFeedback;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.web.search.Highlights;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback from other systems ({@code POST}, one object or an array) and the analysed feedback for
 * quality managers and auditors ({@code GET}).
 */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApi {

    static final String READERS = "hasAnyRole('QUALITY_MANAGER','ADMIN','AUDITOR')";
    static final String WRITERS = "hasAnyRole('AGENT','QUALITY_MANAGER','ADMIN')";

    private final Feedback feedback;
    private final FeedbackFinder finder;
    private final JsonMapper json = JsonMapper.builder().build();

    FeedbackApi(Feedback feedback, FeedbackFinder finder) {
        this.finder = finder;
        this.feedback = feedback;
    }

    /** 201 with the ids when anything new was stored, 200 when every item had been stored before. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<Posted> post(@RequestBody JsonNode body) {
        List<RecordedFeedback> recorded = feedback.record(drafts(body), FeedbackSource.API);
        HttpStatus status = recorded.stream().anyMatch(RecordedFeedback::created) ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status)
                .body(new Posted(recorded.stream().map(RecordedFeedback::id).toList(), recorded));
    }

    /**
     * Analysed feedback, newest first; {@code sentiment} is negative, neutral or positive, {@code theme} a theme id.
     * With {@code q}, the items whose comment has the words (search syntax as on the ticket search), best matches
     * first, each with {@code highlights}: fragments of the comment, escaped, the words in {@code <mark>}.
     */
    @GetMapping
    @PreAuthorize(READERS)
    ItemPage list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sentiment,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FeedbackFinder.Found found = finder.find(q, new FeedbackFilter(sentiment, theme, page, size));
        FeedbackPage items = found.page();
        return new ItemPage(
                items.items().stream()
                        .map(item -> view(item, found.highlights(item.id())))
                        .toList(),
                items.page(),
                items.size(),
                items.total());
    }

    /** A quality manager's sentiment for the item, body {@code {"label": "negative"}}; it overrides the analyzer's. */
    @PutMapping(path = "/{id}/label", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
    ItemView correct(@PathVariable UUID id, @RequestBody LabelRequest body, Principal principal) {
        return view(feedback.correct(id, body.label(), principal.getName()));
    }

    record LabelRequest(@Nullable String label) {}

    /**
     * A quality manager's themes for the item, body {@code {"themes": ["delivery"]}} ({@code []} for none); they
     * override the analyzer's and survive re-analysis.
     */
    @PutMapping(path = "/{id}/themes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
    ItemView correctThemes(@PathVariable UUID id, @RequestBody ThemesRequest body, Principal principal) {
        return view(feedback.correctThemes(id, body.themes(), principal.getName()));
    }

    record ThemesRequest(@Nullable List<@Nullable String> themes) {}

    private List<FeedbackDraft> drafts(JsonNode body) {
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(nodes::add);
        } else {
            nodes.add(body);
        }
        List<FeedbackDraft> drafts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isObject()) {
                throw InvalidInputException.of("[" + i + "]", "not-an-object", "each item is a JSON object");
            }
            try {
                drafts.add(json.treeToValue(nodes.get(i), FeedbackDraft.class));
            } catch (JacksonException e) {
                throw InvalidInputException.of(
                        nodes.size() == 1 ? "body" : "[" + i + "]", "unreadable", "a field has the wrong type");
            }
        }
        return drafts;
    }

    private ItemView view(FeedbackItem item) {
        return view(item, List.of());
    }

    private ItemView view(FeedbackItem item, List<String> highlights) {
        FeedbackItem.Analysis a = item.analysis();
        AnalysisView analysis = a == null
                ? null
                : new AnalysisView(
                        a.sentiment(),
                        a.score(),
                        a.confidence(),
                        json.readTree(a.explanation()),
                        json.readTree(a.keywords()),
                        a.themes(),
                        a.analyzedAt().toString(),
                        a.modelVersion());
        return new ItemView(
                item.id(),
                item.source().name(),
                item.channel(),
                item.kind() == null ? null : item.kind().name(),
                item.score(),
                item.comment(),
                item.language(),
                item.ticketId(),
                item.customerId(),
                item.agent(),
                item.receivedAt().toString(),
                item.externalId(),
                item.weakLabel(),
                analysis,
                item.effectiveSentiment(),
                item.correction(),
                item.effectiveThemes(),
                item.themeCorrection(),
                highlights.stream().map(Highlights::html).toList());
    }

    record Posted(List<UUID> ids, List<RecordedFeedback> items) {}

    record ItemPage(List<ItemView> items, int page, int size, long total) {}

    record ItemView(
            UUID id,
            String source,
            @Nullable String channel,
            @Nullable String kind,
            @Nullable Integer score,
            @Nullable String comment,
            @Nullable String language,
            @Nullable UUID ticketId,
            @Nullable UUID customerId,
            @Nullable String agent,
            String receivedAt,
            @Nullable String externalId,
            @Nullable String weakLabel,
            @Nullable AnalysisView analysis,
            @Nullable String sentiment,
            FeedbackItem.@Nullable Correction correction,
            List<String> themes,
            FeedbackItem.@Nullable ThemeCorrection themeCorrection,
            List<String> highlights) {}

    record AnalysisView(
            String sentiment,
            double score,
            double confidence,
            JsonNode explanation,
            JsonNode keywords,
            List<String> themes,
            String analyzedAt,
            @Nullable String modelVersion) {}
}
