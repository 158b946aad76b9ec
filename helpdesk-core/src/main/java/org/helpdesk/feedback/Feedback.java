package org.helpdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.TrainingExample;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stores feedback items (never twice) and lists them with their analysis. */
@Service
public class Feedback {

    public static final int MAX_BATCH = 500;

    private static final String COLUMNS = """
            id, source, channel, kind, score, comment, language, ticket_id, customer_id, agent, received_at,
            external_id, weak_label, sentiment_label, sentiment_score, sentiment_confidence,
            explanation::text as explanation, keywords::text as keywords, themes::text as themes,
            analyzed_at, model_version, corrected_label, corrected_by, corrected_at,
            corrected_themes::text as corrected_themes, themes_corrected_by, themes_corrected_at""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ActiveAnalyzer active;
    private final JsonMapper json = JsonMapper.builder().build();

    public Feedback(JdbcClient jdbc, Clock clock, AuditTrail audit, ActiveAnalyzer active) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.active = active;
    }

    /** Stores the drafts, all or none; an item already stored (same external id or content) is not stored again. */
    @Transactional
    public List<RecordedFeedback> record(List<FeedbackDraft> drafts, FeedbackSource source) {
        if (drafts.isEmpty() || drafts.size() > MAX_BATCH) {
            throw InvalidInputException.of("items", "count", "post between 1 and " + MAX_BATCH + " items");
        }
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            errors.addAll(drafts.get(i).violations(drafts.size() == 1 ? "" : "[" + i + "]."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return drafts.stream().map(d -> store(d, source, null, null)).toList();
    }

    /** Stores one imported row (validated by the import); false when it had been imported before. */
    boolean storeImported(FeedbackDraft draft, @Nullable String productLabel) {
        return store(draft, FeedbackSource.IMPORT, null, productLabel).created();
    }

    /** Stores a survey answer; the invitation's unique key makes a second answer impossible. */
    RecordedFeedback recordAnswer(SurveyInvitation invitation, int score, @Nullable String comment) {
        FeedbackDraft draft = new FeedbackDraft(
                invitation.kind().name(),
                score,
                comment,
                invitation.language(),
                "WEB",
                null,
                invitation.ticketId().value(),
                invitation.customerId().value(),
                null,
                null,
                null);
        return store(draft, FeedbackSource.SURVEY, invitation.id(), null);
    }

    private RecordedFeedback store(
            FeedbackDraft draft, FeedbackSource source, @Nullable UUID invitation, @Nullable String productLabel) {
        SurveyKind kind = draft.surveyKind();
        Integer score = draft.score();
        String weak = kind == null || score == null
                ? null
                : kind.weakLabel(score).map(l -> l.code()).orElse(null);
        Instant received = draft.receivedAt() == null ? clock.instant() : draft.receivedAt();
        String hash = draft.contentHash();
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into feedback_item (id, source, channel, kind, score, comment, language, product_id,
                               ticket_id, customer_id, agent, received_at, external_id, content_hash, invitation_id,
                               weak_label, product_label)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(
                        id,
                        source.name(),
                        draft.channel(),
                        kind == null ? null : kind.name(),
                        score,
                        draft.comment(),
                        draft.language(),
                        draft.productId(),
                        draft.ticketId(),
                        draft.customerId(),
                        draft.agent(),
                        Timestamp.from(received),
                        draft.externalId(),
                        hash,
                        invitation,
                        weak,
                        productLabel)
                .update();
        return inserted == 1
                ? new RecordedFeedback(id, true)
                : new RecordedFeedback(existing(draft, source, hash), false);
    }

    private UUID existing(FeedbackDraft draft, FeedbackSource source, String hash) {
        return draft.externalId() != null
                ? jdbc.sql("select id from feedback_item where source = ? and external_id = ?")
                        .params(source.name(), draft.externalId())
                        .query(UUID.class)
                        .single()
                : jdbc.sql("select id from feedback_item where source = ? and content_hash = ? and external_id is null"
                                + " and invitation_id is null")
                        .params(source.name(), hash)
                        .query(UUID.class)
                        .single();
    }

    /**
     * A quality manager sets the item's sentiment ({@code negative}, {@code neutral}, {@code positive}); recorded in
     * the audit trail with the label it replaces. The correction wins over the analyzer's label everywhere and is a
     * training label ({@link #trainingExamples}).
     */
    @Transactional
    public FeedbackItem correct(UUID id, @Nullable String label, String user) {
        SentimentLabel parsed = label == null
                ? null
                : java.util.Arrays.stream(SentimentLabel.values())
                        .filter(l -> l.code().equalsIgnoreCase(label.strip()))
                        .findFirst()
                        .orElse(null);
        if (parsed == null) {
            throw InvalidInputException.of("label", "unknown_value", "the label is negative, neutral or positive");
        }
        FeedbackItem before = find(id).orElseThrow(() -> new NotFoundException("feedback", id.toString()));
        jdbc.sql("update feedback_item set corrected_label = ?, corrected_by = ?, corrected_at = ? where id = ?")
                .params(parsed.code(), user, Timestamp.from(clock.instant()), id)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("label", parsed.code());
        details.put("previous", String.valueOf(before.effectiveSentiment()));
        details.put(
                "analyzer",
                before.analysis() == null ? "none" : before.analysis().sentiment());
        audit.record(AuditEntry.of(user, AuditActions.FEEDBACK_LABEL_CORRECTED, "feedback", id.toString(), details));
        return find(id).orElseThrow();
    }

    /**
     * A quality manager sets the item's themes (ids of the current taxonomy; none is a valid answer), recorded in the
     * audit trail with the themes it replaces. The correction wins over the analyzer's themes in lists, filters and
     * theme volumes, is kept when the item is analysed again (the analyzer writes only {@code themes}), and is a
     * training label ({@link #themeTrainingExamples}). Stored in the analyzer's shape, so readers can use
     * {@code coalesce(corrected_themes, themes)}.
     */
    @Transactional
    public FeedbackItem correctThemes(UUID id, @Nullable List<@Nullable String> themeIds, String user) {
        List<String> chosen = knownThemes(themeIds);
        FeedbackItem before = find(id).orElseThrow(() -> new NotFoundException("feedback", id.toString()));
        String stored = jdbc.sql("select themes::text from feedback_item where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                        update feedback_item set corrected_themes = ?::jsonb, themes_corrected_by = ?, themes_corrected_at = ?
                         where id = ?""")
                .params(correctedThemes(chosen, before, stored), user, Timestamp.from(clock.instant()), id)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("themes", chosen);
        details.put("previous", before.effectiveThemes());
        details.put(
                "analyzer",
                before.analysis() == null ? "none" : before.analysis().themes());
        audit.record(AuditEntry.of(user, AuditActions.FEEDBACK_THEMES_CORRECTED, "feedback", id.toString(), details));
        return find(id).orElseThrow();
    }

    private List<String> knownThemes(@Nullable List<@Nullable String> themeIds) {
        if (themeIds == null) {
            throw InvalidInputException.of("themes", "required", "the list of theme ids, [] for none");
        }
        Set<String> known = new HashSet<>();
        active.taxonomy().themes().forEach(t -> known.add(t.id()));
        Set<String> chosen = new LinkedHashSet<>();
        for (String themeId : themeIds) {
            String trimmed = themeId == null ? "" : themeId.strip();
            if (!known.contains(trimmed)) {
                throw InvalidInputException.of(
                        "themes", "unknown_theme", "not a theme of the current taxonomy: " + trimmed);
            }
            chosen.add(trimmed);
        }
        return List.copyOf(chosen);
    }

    /**
     * The corrected themes in the analyzer's shape. A theme the analyzer found keeps its aspect sentiment unless the
     * item's sentiment was corrected too; other themes get the item's sentiment.
     */
    private String correctedThemes(List<String> chosen, FeedbackItem item, @Nullable String analyzerThemes) {
        Map<String, String> aspects = new HashMap<>();
        if (analyzerThemes != null) {
            for (JsonNode theme : json.readTree(analyzerThemes)) {
                aspects.put(
                        theme.path("theme").asString(), theme.path("sentiment").asString());
            }
        }
        String effective = item.effectiveSentiment();
        String whole = effective != null
                ? effective
                : item.weakLabel() != null ? item.weakLabel() : SentimentLabel.NEUTRAL.code();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String theme : chosen) {
            String sentiment = item.correction() == null ? aspects.getOrDefault(theme, whole) : whole;
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("theme", theme);
            stored.put("sentiment", sentiment);
            stored.put("confidence", 1.0);
            stored.put("evidence", List.of());
            out.add(stored);
        }
        return json.writeValueAsString(out);
    }

    /**
     * Texts labelled with a theme by a quality manager, newest corrections first; an item with several corrected
     * themes gives one example per theme, and one corrected to no theme gives none.
     */
    public List<TrainingExample> themeTrainingExamples(int limit) {
        return jdbc.sql("""
                        select f.comment, t.theme ->> 'theme' as theme
                          from feedback_item f cross join lateral jsonb_array_elements(f.corrected_themes) as t(theme)
                         where f.corrected_themes is not null and f.comment is not null and btrim(f.comment) <> ''
                         order by f.themes_corrected_at desc, f.id limit ?""")
                .param(Math.max(1, limit))
                .query((rs, n) -> TrainingExample.theme(rs.getString("comment"), rs.getString("theme")))
                .list();
    }

    /**
     * Labelled texts for training a sentiment model: corrections first (a person decided), then the weak labels that
     * survey scores give; items without a comment are left out.
     */
    public List<TrainingExample> trainingExamples(int limit) {
        return jdbc.sql("""
                        select comment, coalesce(corrected_label, weak_label) as label from feedback_item
                         where comment is not null and btrim(comment) <> ''
                           and coalesce(corrected_label, weak_label) is not null
                         order by (corrected_label is null), received_at desc limit ?""")
                .param(Math.max(1, limit))
                .query((rs, n) -> TrainingExample.sentiment(
                        rs.getString("comment"),
                        SentimentLabel.parse(rs.getString("label")).orElseThrow()))
                .list();
    }

    public Optional<FeedbackItem> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from feedback_item where id = ?")
                .param(id)
                .query(this::item)
                .optional();
    }

    /** These items in the order of {@code ids} (a search's order); ids without an item are left out. */
    public List<FeedbackItem> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, FeedbackItem> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from feedback_item where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(this::item)
                .list()
                .forEach(item -> found.put(item.id(), item));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Items newest first, filtered by their sentiment and theme (a quality manager's correction, else the analysis). */
    public FeedbackPage list(FeedbackFilter filter) {
        String where =
                " where (cast(? as text) is null or coalesce(corrected_label, sentiment_label) = cast(? as text))"
                        + " and (cast(? as text) is null"
                        + " or coalesce(corrected_themes, themes) @> jsonb_build_array(jsonb_build_object('theme', cast(? as text))))";
        Object[] params = {filter.sentiment(), filter.sentiment(), filter.theme(), filter.theme()};
        long total = jdbc.sql("select count(*) from feedback_item" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<FeedbackItem> items = jdbc.sql("select " + COLUMNS + " from feedback_item" + where
                        + " order by received_at desc, id limit ? offset ?")
                .params(
                        filter.sentiment(),
                        filter.sentiment(),
                        filter.theme(),
                        filter.theme(),
                        filter.size(),
                        (long) filter.page() * filter.size())
                .query(this::item)
                .list();
        return new FeedbackPage(items, filter.page(), filter.size(), total);
    }

    /**
     * Per theme: how many analysed (or theme-corrected) items touch it and their sentiment split, biggest themes
     * first; corrected themes count instead of the analyzer's.
     */
    public List<ThemeVolume> themeVolumes() {
        return jdbc.sql("""
                        select t.theme ->> 'theme' as theme, count(*) as volume,
                               100.0 * count(*) filter (where coalesce(f.corrected_label, f.sentiment_label) = 'negative')
                                   / count(*) as neg,
                               100.0 * count(*) filter (where coalesce(f.corrected_label, f.sentiment_label) = 'neutral')
                                   / count(*) as neu,
                               100.0 * count(*) filter (where coalesce(f.corrected_label, f.sentiment_label) = 'positive')
                                   / count(*) as pos
                          from feedback_item f
                               cross join lateral jsonb_array_elements(coalesce(f.corrected_themes, f.themes)) as t(theme)
                         where f.analyzed_at is not null or f.corrected_themes is not null
                         group by 1 order by volume desc, theme""")
                .query((rs, n) -> new ThemeVolume(
                        rs.getString("theme"),
                        rs.getLong("volume"),
                        rs.getDouble("neg"),
                        rs.getDouble("neu"),
                        rs.getDouble("pos")))
                .list();
    }

    private FeedbackItem item(ResultSet rs, int row) throws SQLException {
        Timestamp analyzed = rs.getTimestamp("analyzed_at");
        String label = rs.getString("sentiment_label");
        FeedbackItem.Analysis analysis = analyzed == null || label == null
                ? null
                : new FeedbackItem.Analysis(
                        label,
                        rs.getDouble("sentiment_score"),
                        rs.getDouble("sentiment_confidence"),
                        orEmpty(rs.getString("explanation")),
                        orEmpty(rs.getString("keywords")),
                        themeIds(rs.getString("themes")),
                        analyzed.toInstant(),
                        rs.getString("model_version"));
        String kind = rs.getString("kind");
        return new FeedbackItem(
                rs.getObject("id", UUID.class),
                FeedbackSource.valueOf(rs.getString("source")),
                rs.getString("channel"),
                kind == null ? null : SurveyKind.valueOf(kind),
                rs.getObject("score", Integer.class),
                rs.getString("comment"),
                rs.getString("language"),
                rs.getObject("ticket_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("agent"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("external_id"),
                rs.getString("weak_label"),
                analysis,
                rs.getString("corrected_label") == null
                        ? null
                        : new FeedbackItem.Correction(
                                rs.getString("corrected_label"),
                                rs.getString("corrected_by"),
                                rs.getTimestamp("corrected_at").toInstant()),
                rs.getString("themes_corrected_by") == null
                        ? null
                        : new FeedbackItem.ThemeCorrection(
                                themeIds(rs.getString("corrected_themes")),
                                rs.getString("themes_corrected_by"),
                                rs.getTimestamp("themes_corrected_at").toInstant()));
    }

    private List<String> themeIds(@Nullable String themes) {
        if (themes == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode theme : json.readTree(themes)) {
            ids.add(theme.path("theme").asString());
        }
        return ids;
    }

    private static String orEmpty(@Nullable String jsonText) {
        return jsonText == null ? "[]" : jsonText;
    }
}
