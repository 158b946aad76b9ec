package org.helpdesk.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The theme taxonomy as quality managers edit it. Every save is a new version (the old ones stay for the history),
 * is audited with what it changed, switches the analyzer at once and has every item analysed again in the
 * background, so lists and theme volumes soon follow the new themes.
 */
@Service
public class ThemeTaxonomies {

    private final JdbcClient jdbc;
    private final ActiveAnalyzer active;
    private final Reanalysis reanalysis;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ThemeTaxonomies(
            JdbcClient jdbc,
            ActiveAnalyzer active,
            Reanalysis reanalysis,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.active = active;
        this.reanalysis = reanalysis;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The taxonomy feedback is analysed with now. */
    public ThemeTaxonomy current() {
        return active.taxonomy();
    }

    /** The newest saved version; 0 while the built-in (or the trained model's) taxonomy is in force. */
    public int currentVersion() {
        Integer version = jdbc.sql("select max(version) from theme_taxonomy")
                .query(Integer.class)
                .optional()
                .orElse(null);
        return version == null ? 0 : version;
    }

    /** The saved versions, newest first. */
    public List<TaxonomyVersion> history(int limit) {
        return jdbc.sql("""
                        select version, changed_by, changed_at, note, jsonb_array_length(taxonomy -> 'themes') as themes
                          from theme_taxonomy order by version desc limit ?""")
                .param(Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new TaxonomyVersion(
                        rs.getInt("version"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("note"),
                        rs.getInt("themes")))
                .list();
    }

    /**
     * Saves the themes as the new taxonomy. {@code basedOn} is the version the editor started from (0 for the
     * built-in one; null skips the check); when someone saved another version since, nothing is saved
     * ({@link ConflictException}). Saving what is in force already changes nothing and starts no re-analysis.
     */
    public Saved save(
            @Nullable List<@Nullable ThemeDraft> themes,
            @Nullable String note,
            @Nullable Integer basedOn,
            String actor) {
        ThemeTaxonomy next = TaxonomyRules.validate(themes);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > TaxonomyRules.MAX_NOTE_LENGTH) {
            throw InvalidInputException.of(
                    "note", "too_long", "at most " + TaxonomyRules.MAX_NOTE_LENGTH + " characters");
        }
        Saved saved = Objects.requireNonNull(transactions.execute(status -> store(next, why, basedOn, actor)));
        if (!saved.changed()) {
            return saved;
        }
        active.reload();
        Reanalysis.Job job = reanalysis.restart("taxonomy version " + saved.version(), actor);
        return new Saved(saved.version(), saved.change(), job);
    }

    /** The one-click action for an emerging topic: {@code keyword} joins the theme's keywords in that language. */
    public Saved addKeyword(
            @Nullable String themeId, @Nullable String language, @Nullable String keyword, String actor) {
        Language lang = requireLanguage(language);
        String word = requireKeyword(keyword);
        Base base = base();
        String id = TaxonomyRules.id(themeId);
        ThemeTaxonomy.Theme theme = base.taxonomy().themes().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("theme", "unknown_theme", "choose one of the themes"));
        if (theme.keywords(lang).contains(word)) {
            throw InvalidInputException.of("keyword", "keyword_exists", "the theme has this keyword already");
        }
        Map<Language, List<String>> keywords = new LinkedHashMap<>(theme.keywords());
        List<String> words = new ArrayList<>(theme.keywords(lang));
        words.add(word);
        keywords.put(lang, words);
        ThemeTaxonomy next = base.taxonomy().with(new ThemeTaxonomy.Theme(id, keywords));
        return save(drafts(next), "\"" + word + "\" added to " + id, base.version(), actor);
    }

    /** The other one-click action for an emerging topic: a new theme with {@code keyword} as its first keyword. */
    public Saved newTheme(@Nullable String themeId, @Nullable String language, @Nullable String keyword, String actor) {
        Language lang = requireLanguage(language);
        String word = requireKeyword(keyword);
        String id = TaxonomyRules.id(themeId);
        Optional<FieldViolation> badId = TaxonomyRules.idViolation("id", id);
        if (badId.isPresent()) {
            throw new InvalidInputException(List.of(badId.get()));
        }
        Base base = base();
        if (base.taxonomy().themes().stream().anyMatch(t -> t.id().equals(id))) {
            throw InvalidInputException.of("id", "duplicate", "another theme has this id");
        }
        ThemeTaxonomy next = base.taxonomy().with(new ThemeTaxonomy.Theme(id, Map.of(lang, List.of(word))));
        return save(drafts(next), "new theme " + id + " (\"" + word + "\")", base.version(), actor);
    }

    /** The drafts that save {@code taxonomy} as it is. */
    public static List<@Nullable ThemeDraft> drafts(ThemeTaxonomy taxonomy) {
        List<@Nullable ThemeDraft> drafts = new ArrayList<>();
        for (ThemeTaxonomy.Theme theme : taxonomy.themes()) {
            Map<String, @Nullable List<@Nullable String>> keywords = new LinkedHashMap<>();
            theme.keywords().forEach((language, words) -> keywords.put(language.code(), new ArrayList<>(words)));
            drafts.add(new ThemeDraft(theme.id(), keywords));
        }
        return drafts;
    }

    /** The result of a save: the version in force, what changed, and the re-analysis it started (if it changed). */
    public record Saved(int version, TaxonomyChange change, Reanalysis.@Nullable Job reanalysis) {

        public boolean changed() {
            return !change.isEmpty();
        }
    }

    private Saved store(ThemeTaxonomy next, @Nullable String note, @Nullable Integer basedOn, String actor) {
        // One save at a time, so two editors cannot both build on the same version unnoticed.
        jdbc.sql("lock table theme_taxonomy in exclusive mode").update();
        Base base = base();
        if (basedOn != null && basedOn != base.version()) {
            throw new ConflictException(
                    "The taxonomy was changed meanwhile (version " + base.version() + "); reload it and edit again",
                    base.version(),
                    List.of());
        }
        TaxonomyChange change = TaxonomyChange.between(base.taxonomy(), next);
        if (change.isEmpty()) {
            return new Saved(base.version(), change, null);
        }
        int version = jdbc.sql("""
                        insert into theme_taxonomy (taxonomy, note, changed_by, changed_at)
                        values (?::jsonb, ?, ?, ?) returning version""")
                .params(next.toJson(), note, actor, Timestamp.from(clock.instant()))
                .query(Integer.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>(change.details());
        details.put("previousVersion", base.version());
        details.put("themes", next.themes().size());
        if (note != null) {
            details.put("note", note);
        }
        audit.record(AuditEntry.of(
                actor, AuditActions.FEEDBACK_TAXONOMY_CHANGED, "theme_taxonomy", String.valueOf(version), details));
        return new Saved(version, change, null);
    }

    /** The newest saved version, read from the database (another instance may have saved it a moment ago). */
    private Base base() {
        return jdbc.sql("select version, taxonomy::text as taxonomy from theme_taxonomy order by version desc limit 1")
                .query((rs, n) -> new Base(rs.getInt("version"), ThemeTaxonomy.parse(rs.getString("taxonomy"))))
                .optional()
                .orElseGet(() -> new Base(0, active.taxonomy()));
    }

    private record Base(int version, ThemeTaxonomy taxonomy) {}

    private static Language requireLanguage(@Nullable String code) {
        return TaxonomyRules.language(code)
                .orElseThrow(() -> InvalidInputException.of("language", "unknown_language", "ru, bg or en"));
    }

    private static String requireKeyword(@Nullable String keyword) {
        String word = TaxonomyRules.keyword(keyword);
        Optional<FieldViolation> bad = TaxonomyRules.keywordViolation("keyword", word);
        if (bad.isPresent()) {
            throw new InvalidInputException(List.of(bad.get()));
        }
        return word;
    }
}
