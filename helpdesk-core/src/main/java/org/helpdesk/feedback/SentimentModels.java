package org.helpdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.feedback.CandidateTraining.Labelled;
import org.helpdesk.feedback.internal.ModelArchive;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-training: a quality manager trains a sentiment model from the desk's own labelled feedback (corrections, else
 * the label a survey score gives), compares its cross-validated macro-F1 with the analyzer in force, and decides
 * whether to activate it. Activating a model, or going back to the built-in one, re-analyses all feedback in the
 * background; a retired model can be activated again.
 */
@Service
public class SentimentModels {

    /** Per language; see {@link CandidateTraining#FOLDS} for why more than the trainer's own 30. */
    public static final int MIN_EXAMPLES = 40;

    /**
     * Newest per language (corrections first): training and 5-fold cross-validation of 2,000 comments take about half
     * a minute per language on two cores, and more comments add little (docs/analyzer-evaluation.md).
     */
    public static final int MAX_EXAMPLES = 2000;

    private static final List<String> LANGUAGES = List.of("ru", "bg", "en");
    private static final String COLUMNS = """
            id, version, status, examples, label_counts::text as label_counts, cv_macro_f1, current_macro_f1,
            current_version, report, trained_by, trained_at, activated_by, activated_at""";
    private static final String LABELLED = """
              from feedback_item
             where comment is not null and btrim(comment) <> ''
               and coalesce(corrected_label, weak_label) in ('negative', 'neutral', 'positive')
               and (cast(? as timestamptz) is null or received_at >= cast(? as timestamptz))
               and (cast(? as timestamptz) is null or received_at < cast(? as timestamptz))""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ActiveAnalyzer active;
    private final Reanalysis reanalysis;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicBoolean training = new AtomicBoolean();

    SentimentModels(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ActiveAnalyzer active,
            Reanalysis reanalysis,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.active = active;
        this.reanalysis = reanalysis;
        this.audit = audit;
        this.clock = clock;
    }

    /** Labelled comments received in the period, per language the analyzer has models for. */
    public List<LabelCounts> labelledFeedback(TrainingPeriod period) {
        Map<String, LabelCounts> counts = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> counts.put(l, new LabelCounts(l, 0, 0, 0)));
        jdbc.sql("select lower(left(language, 2)) as language, coalesce(corrected_label, weak_label) as label,"
                        + " count(*) as n" + LABELLED
                        + " and lower(left(language, 2)) in ('ru', 'bg', 'en') group by 1, 2")
                .params(periodParams(period))
                .query((rs, n) ->
                        new LabelCounts(rs.getString("language"), 0, 0, 0).plus(rs.getString("label"), rs.getInt("n")))
                .list()
                .forEach(c -> counts.merge(c.language(), c, LabelCounts::plus));
        return List.copyOf(counts.values());
    }

    /**
     * Trains a candidate from the labelled feedback of the period and stores it with both figures; the analyzer in
     * force does not change. Takes seconds to a few minutes, depending on how much labelled feedback there is.
     */
    public SentimentModel train(TrainingPeriod period, String actor) {
        List<LabelCounts> trainable =
                labelledFeedback(period).stream().filter(LabelCounts::trainable).toList();
        if (trainable.isEmpty()) {
            throw notEnough(labelledFeedback(period));
        }
        if (!training.compareAndSet(false, true)) {
            throw new ConflictException(
                    "A sentiment model is being trained already; wait for it to finish", 0, List.of());
        }
        try {
            List<Labelled> examples = new ArrayList<>();
            trainable.forEach(c -> examples.addAll(examples(c.language(), period)));
            String currentVersion = active.version();
            CandidateTraining.Result result =
                    CandidateTraining.run(examples, active.analyzer(), currentVersion, active.taxonomy());
            if (result.model().manifest().languages().isEmpty()) {
                throw notEnough(labelledFeedback(period));
            }
            return store(result, CandidateTraining.counts(examples), currentVersion, period, actor);
        } finally {
            training.set(false);
        }
    }

    /** Every model, newest first; never the model files. */
    public List<SentimentModel> list() {
        return jdbc.sql("select " + COLUMNS + " from sentiment_model order by trained_at desc, version desc")
                .query(this::model)
                .list();
    }

    public SentimentModel get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("sentiment model", id.toString()));
    }

    /** The model feedback is analysed with; empty while the built-in model is in force. */
    public Optional<SentimentModel> active() {
        return jdbc.sql("select " + COLUMNS + " from sentiment_model where status = 'ACTIVE'")
                .query(this::model)
                .optional();
    }

    /**
     * Puts a candidate (or a retired model) in force: the active one is retired, this instance switches at once (others
     * within seconds) and all feedback is analysed again in the background. Activating the active model changes
     * nothing.
     */
    public SentimentModel activate(UUID id, String actor) {
        SentimentModel chosen = get(id);
        if (chosen.active()) {
            return chosen;
        }
        try {
            transactions.executeWithoutResult(status -> switchTo(chosen, actor));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Another model was activated at the same moment; look again", 0, List.of());
        }
        active.reload();
        reanalysis.restart("model " + chosen.version() + " activated", actor);
        return get(id);
    }

    /** Back to the built-in model, e.g. when a trained one disappoints; the retired model, if there was one. */
    public Optional<SentimentModel> activateBuiltIn(String actor) {
        Optional<SentimentModel> retired = transactions.execute(status -> {
            Optional<SentimentModel> previous = retireActive();
            previous.ifPresent(p -> audit.record(AuditEntry.of(
                    actor,
                    AuditActions.SENTIMENT_MODEL_DEACTIVATED,
                    "sentiment_model",
                    p.id().toString(),
                    Map.of("version", p.version()))));
            return previous;
        });
        if (retired == null || retired.isEmpty()) {
            return Optional.empty();
        }
        active.reload();
        reanalysis.restart("built-in model activated", actor);
        return Optional.of(get(retired.get().id()));
    }

    private void switchTo(SentimentModel chosen, String actor) {
        Optional<SentimentModel> previous = retireActive();
        int updated = jdbc.sql("""
                        update sentiment_model set status = 'ACTIVE', activated_by = ?, activated_at = ?
                         where id = ? and status <> 'ACTIVE'""")
                .params(actor, Timestamp.from(clock.instant()), chosen.id())
                .update();
        if (updated == 0) {
            throw new NotFoundException("sentiment model", chosen.id().toString());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", chosen.version());
        details.put("previous", previous.map(SentimentModel::version).orElse("built-in"));
        details.put("cvMacroF1", chosen.cvMacroF1());
        audit.record(AuditEntry.of(
                actor,
                AuditActions.SENTIMENT_MODEL_ACTIVATED,
                "sentiment_model",
                chosen.id().toString(),
                details));
    }

    private Optional<SentimentModel> retireActive() {
        Optional<SentimentModel> previous = jdbc.sql(
                        "select " + COLUMNS + " from sentiment_model where status = 'ACTIVE' for update")
                .query(this::model)
                .optional();
        previous.ifPresent(p -> jdbc.sql("update sentiment_model set status = 'RETIRED' where id = ?")
                .param(p.id())
                .update());
        return previous;
    }

    private List<Labelled> examples(String language, TrainingPeriod period) {
        List<Object> params = new ArrayList<>(Arrays.asList(periodParams(period)));
        params.add(language);
        params.add(MAX_EXAMPLES);
        return jdbc.sql("select comment, coalesce(corrected_label, weak_label) as label" + LABELLED
                        + " and lower(left(language, 2)) = ?"
                        + " order by (corrected_label is null), received_at desc, id limit ?")
                .params(params)
                .query((rs, n) -> new Labelled(
                        language, SentimentLabel.parse(rs.getString("label")).orElseThrow(), rs.getString("comment")))
                .list();
    }

    private SentimentModel store(
            CandidateTraining.Result result,
            List<LabelCounts> counts,
            String currentVersion,
            TrainingPeriod period,
            String actor) {
        String version = result.model().manifest().version();
        Optional<UUID> same = jdbc.sql("select id from sentiment_model where version = ?")
                .param(version)
                .query(UUID.class)
                .optional();
        if (same.isPresent()) {
            return get(same.get()); // the very same model, trained twice within a second from the same comments
        }
        UUID id = UUID.randomUUID();
        byte[] content = ModelArchive.zip(result.model());
        int examples = counts.stream().mapToInt(LabelCounts::total).sum();
        String report = "Period: " + period + "\n" + result.report();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into sentiment_model (id, version, status, examples, label_counts, cv_macro_f1,
                                   current_macro_f1, current_version, report, content, trained_by, trained_at)
                            values (?, ?, 'CANDIDATE', ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            version,
                            examples,
                            json.writeValueAsString(counts),
                            result.crossValidated().macroF1(),
                            result.current().macroF1(),
                            currentVersion,
                            report,
                            content,
                            actor,
                            Timestamp.from(clock.instant()))
                    .update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", version);
            details.put("examples", examples);
            details.put("cvMacroF1", result.crossValidated().macroF1());
            details.put("currentMacroF1", result.current().macroF1());
            details.put("currentVersion", currentVersion);
            audit.record(AuditEntry.of(
                    actor, AuditActions.SENTIMENT_MODEL_TRAINED, "sentiment_model", id.toString(), details));
        });
        return get(id);
    }

    private static InvalidInputException notEnough(List<LabelCounts> counts) {
        StringBuilder have = new StringBuilder();
        for (LabelCounts c : counts) {
            have.append(have.isEmpty() ? "" : ", ")
                    .append(c.language())
                    .append(' ')
                    .append(c.total())
                    .append(c.labels() == 1 ? " (one label only)" : "");
        }
        return InvalidInputException.of(
                "feedback",
                "not_enough_labels",
                "training needs at least " + MIN_EXAMPLES
                        + " labelled comments with at least two different sentiments in one language; there are "
                        + have);
    }

    private static Object[] periodParams(TrainingPeriod period) {
        Timestamp from = period.from() == null ? null : Timestamp.from(period.from());
        Timestamp until = period.until() == null ? null : Timestamp.from(period.until());
        return new Object[] {from, from, until, until};
    }

    private Optional<SentimentModel> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from sentiment_model where id = ?")
                .param(id)
                .query(this::model)
                .optional();
    }

    private SentimentModel model(ResultSet rs, int row) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new SentimentModel(
                rs.getObject("id", UUID.class),
                rs.getString("version"),
                SentimentModel.Status.valueOf(rs.getString("status")),
                rs.getInt("examples"),
                labelCounts(rs.getString("label_counts")),
                rs.getDouble("cv_macro_f1"),
                rs.getObject("current_macro_f1", Double.class),
                rs.getString("current_version"),
                rs.getString("report"),
                rs.getString("trained_by"),
                rs.getTimestamp("trained_at").toInstant(),
                rs.getString("activated_by"),
                activated == null ? null : activated.toInstant());
    }

    private List<LabelCounts> labelCounts(@Nullable String stored) {
        List<LabelCounts> counts = new ArrayList<>();
        if (stored != null) {
            for (JsonNode c : json.readTree(stored)) {
                counts.add(new LabelCounts(
                        c.path("language").asString(),
                        c.path("negative").asInt(),
                        c.path("neutral").asInt(),
                        c.path("positive").asInt()));
            }
        }
        return counts;
    }
}
