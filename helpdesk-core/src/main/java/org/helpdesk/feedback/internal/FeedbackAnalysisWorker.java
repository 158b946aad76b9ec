package org.helpdesk.feedback.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.feedback.ActiveAnalyzer;
import org.helpdesk.feedback.FeedbackProperties;
import org.helpdesk.shared.PeriodicWorker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses new feedback items in the background. Like the search outbox, it claims waiting rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several app instances share the work without doing an item twice.
 * An item whose text the analyzer cannot handle is retried a few times, then left alone and logged. The new items this
 * instance analysed are counted in {@value #ANALYSED}.
 */
@Component
class FeedbackAnalysisWorker extends PeriodicWorker {

    private static final Logger log = LoggerFactory.getLogger(FeedbackAnalysisWorker.class);
    static final String ANALYSED = "helpdesk.feedback.analysed";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ActiveAnalyzer analyzer;
    private final FeedbackProperties.Analysis settings;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Counter analysed;

    FeedbackAnalysisWorker(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ActiveAnalyzer analyzer,
            FeedbackProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        super("feedback-analysis", Duration.ZERO, properties.analysis().pollInterval());
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.analyzer = analyzer;
        this.settings = properties.analysis();
        this.clock = clock;
        this.analysed = meters.getIfAvailable(SimpleMeterRegistry::new).counter(ANALYSED);
    }

    /** Analyses everything waiting, then a round of a running re-analysis; returns how many items were analysed. */
    int drain() {
        int analysed = 0;
        while (true) {
            Integer round = transactions.execute(status -> analyseBatch());
            int done = round == null ? 0 : round;
            analysed += done;
            if (done < settings.batchSize()) {
                break;
            }
        }
        Integer again = transactions.execute(status -> reanalyseBatch());
        return analysed + (again == null ? 0 : again);
    }

    /**
     * The next batch of the running re-analysis job: items after the job's cursor, oldest first. The job row is locked
     * for the round, so instances take turns rather than analysing the same batch.
     */
    private int reanalyseBatch() {
        Optional<Job> job = jdbc.sql("""
                        select id, cursor_received_at, cursor_id from feedback_reanalysis
                         where status = 'RUNNING' for update skip locked""")
                .query((rs, n) -> new Job(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("cursor_received_at"),
                        rs.getObject("cursor_id", UUID.class)))
                .optional();
        if (job.isEmpty()) {
            return 0;
        }
        Job j = job.get();
        List<Waiting> rows = jdbc.sql("""
                        select id, comment, language, weak_label, received_at from feedback_item
                         where (cast(? as timestamptz) is null or (received_at, id) > (cast(? as timestamptz), ?))
                         order by received_at, id limit ?""")
                .params(j.receivedAt(), j.receivedAt(), j.itemId(), settings.batchSize())
                .query((rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getString("comment"),
                        rs.getString("language"),
                        rs.getString("weak_label"),
                        rs.getTimestamp("received_at")))
                .list();
        if (rows.isEmpty()) {
            jdbc.sql("update feedback_reanalysis set status = 'DONE', finished_at = ?, done = total where id = ?")
                    .params(Timestamp.from(clock.instant()), j.id())
                    .update();
            return 0;
        }
        for (Waiting row : rows) {
            try {
                store(row, analyse(row));
            } catch (RuntimeException e) {
                log.warn("Feedback item {} could not be analysed again: {}", row.id(), e.toString());
            }
        }
        Waiting last = rows.get(rows.size() - 1);
        jdbc.sql("""
                        update feedback_reanalysis set done = least(total, done + ?), cursor_received_at = ?, cursor_id = ?
                         where id = ?""").params(rows.size(), last.receivedAt(), last.id(), j.id()).update();
        return rows.size();
    }

    private record Job(
            UUID id,
            @Nullable Timestamp receivedAt,
            @Nullable UUID itemId) {}

    private int analyseBatch() {
        List<Waiting> rows = jdbc.sql("""
                        select id, comment, language, weak_label from feedback_item
                         where analyzed_at is null and analysis_attempts < ?
                         order by received_at limit ? for update skip locked""")
                .params(settings.maxAttempts(), settings.batchSize())
                .query((rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getString("comment"),
                        rs.getString("language"),
                        rs.getString("weak_label"),
                        null))
                .list();
        int done = 0;
        for (Waiting row : rows) {
            try {
                store(row, analyse(row));
                done++;
                analysed.increment();
            } catch (RuntimeException e) {
                log.warn("Feedback item {} could not be analysed: {}", row.id(), e.toString());
                jdbc.sql("update feedback_item set analysis_attempts = analysis_attempts + 1 where id = ?")
                        .param(row.id())
                        .update();
            }
        }
        return rows.size() < settings.batchSize() ? done : settings.batchSize();
    }

    private FeedbackAnalysis analyse(Waiting row) {
        AnalysisHint hint = row.language() == null
                ? AnalysisHint.none()
                : AnalysisHint.customerLanguage(Language.of(row.language()));
        return analyzer.analyzer().analyze(row.comment() == null ? "" : row.comment(), hint);
    }

    private void store(Waiting row, FeedbackAnalysis analysis) {
        Sentiment sentiment = analysis.sentiment();
        // A score without words says more than a neutral guess about an empty text.
        boolean textless = row.comment() == null || row.comment().isBlank();
        String label = textless && row.weakLabel() != null
                ? row.weakLabel()
                : sentiment.label().code();
        jdbc.sql("""
                        update feedback_item
                           set sentiment_label = ?, sentiment_score = ?, sentiment_confidence = ?,
                               explanation = ?::jsonb, keywords = ?::jsonb, themes = ?::jsonb,
                               analyzed_at = ?, model_version = ?,
                               language = coalesce(language, ?)
                         where id = ?""")
                .params(
                        label,
                        sentiment.score(),
                        textless ? 0.0 : sentiment.confidence(),
                        json.writeValueAsString(sentiment.explanation()),
                        json.writeValueAsString(analysis.keywords()),
                        json.writeValueAsString(analysis.themes().stream()
                                .map(t -> new StoredTheme(t.theme(), t.sentiment(), t.confidence(), t.evidence()))
                                .toList()),
                        Timestamp.from(clock.instant()),
                        analyzer.version(),
                        analysis.language().isSupported() ? analysis.language().code() : null,
                        row.id())
                .update();
    }

    @Override
    protected void round() {
        drain();
    }

    private record Waiting(
            UUID id,
            @Nullable String comment,
            @Nullable String language,
            @Nullable String weakLabel,
            @Nullable Timestamp receivedAt) {}

    /** The stored shape of a theme match: {@code sentiment} in lower case like the item's label. */
    private record StoredTheme(String theme, String sentiment, double confidence, List<String> evidence) {

        StoredTheme(String theme, SentimentLabel label, double confidence, List<String> evidence) {
            this(theme, label.code(), confidence, evidence);
        }
    }
}
