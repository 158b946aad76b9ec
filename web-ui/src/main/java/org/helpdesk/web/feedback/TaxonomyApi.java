package org.helpdesk.web.feedback;

import java.security.Principal;
import java.util.List;
import org.helpdesk.feedback.EmergingTopics;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.TaxonomyChange;
import org.helpdesk.feedback.TaxonomyVersion;
import org.helpdesk.feedback.ThemeDraft;
import org.helpdesk.feedback.ThemeTaxonomies;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The theme taxonomy for tools and scripts: read and replace it (in the JSON shape the analyzer reads), its history,
 * and the emerging topics that no theme covers yet.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class TaxonomyApi {

    private final ThemeTaxonomies taxonomies;
    private final EmergingTopics emerging;
    private final JsonMapper json = JsonMapper.builder().build();

    TaxonomyApi(ThemeTaxonomies taxonomies, EmergingTopics emerging) {
        this.taxonomies = taxonomies;
        this.emerging = emerging;
    }

    /** {@code {"version": 3, "themes": [{"id": "delivery", "keywords": {"ru": [...], ...}}]}}; version 0 is built in. */
    @GetMapping("/taxonomy")
    @PreAuthorize(FeedbackApi.READERS)
    JsonNode taxonomy() {
        ObjectNode body = json.createObjectNode();
        body.put("version", taxonomies.currentVersion());
        body.setAll((ObjectNode) json.readTree(taxonomies.current().toJson()));
        return body;
    }

    /**
     * Replaces the taxonomy: {@code {"themes": [...], "note": "why", "version": 3}}. The optional version is the one
     * the change was based on (409 when another was saved since). Answers what changed and the re-analysis started.
     */
    @PutMapping(path = "/taxonomy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
    SavedView save(@RequestBody TaxonomyRequest body, Principal principal) {
        ThemeTaxonomies.Saved saved = taxonomies.save(body.themes(), body.note(), body.version(), principal.getName());
        return new SavedView(saved.version(), saved.changed(), saved.change(), saved.reanalysis());
    }

    record TaxonomyRequest(
            @Nullable List<@Nullable ThemeDraft> themes,
            @Nullable String note,
            @Nullable Integer version) {}

    record SavedView(int version, boolean changed, TaxonomyChange change, Reanalysis.@Nullable Job reanalysis) {}

    /** The saved versions, newest first. */
    @GetMapping("/taxonomy/history")
    @PreAuthorize(FeedbackApi.READERS)
    List<TaxonomyVersion> history(@RequestParam(defaultValue = "100") int limit) {
        return taxonomies.history(limit);
    }

    /** Per language, the keywords of the last {@code days} days that set them apart and match no theme. */
    @GetMapping("/emerging")
    @PreAuthorize(FeedbackApi.READERS)
    EmergingTopics.Report emerging(
            @RequestParam(defaultValue = "" + EmergingTopics.DEFAULT_DAYS) int days,
            @RequestParam(defaultValue = "" + EmergingTopics.DEFAULT_LIMIT) int limit) {
        return emerging.find(days, limit);
    }
}
