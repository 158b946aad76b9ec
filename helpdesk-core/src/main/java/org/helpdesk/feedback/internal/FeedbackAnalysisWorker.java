package org.helpdesk.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ModelManifest;
import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.feedback.FeedbackProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses new feedback items in the background. Like the search outbox, it claims waiting rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several app instances share the work without doing an item twice.
 * An item whose text the analyzer cannot handle is retried a few times, then left alone and logged.
 */
@Component
class FeedbackAnalysisWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackAnalysisWorker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final FeedbackAnalyzer analyzer;
    private final FeedbackProperties.Analysis settings;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String modelVersion;
    private @Nullable ScheduledExecutorService executor;

    FeedbackAnalysisWorker(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            FeedbackAnalyzer analyzer,
            FeedbackProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.analyzer = analyzer;
        this.settings = properties.analysis();
        this.clock = clock;
        this.modelVersion = analyzer.modelManifest().map(ModelManifest::version).orElse("built-in");
    }

    /** Analyses everything waiting; returns how many items were analysed. */
    int drain() {
        int analysed = 0;
        while (true) {
            Integer round = transactions.execute(status -> analyseBatch());
            int done = round == null ? 0 : round;
            analysed += done;
            if (done < settings.batchSize()) {
                return analysed;
            }
        }
    }

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
                        rs.getString("weak_label")))
                .list();
        int done = 0;
        for (Waiting row : rows) {
            try {
                store(row, analyse(row));
                done++;
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
        return analyzer.analyze(row.comment() == null ? "" : row.comment(), hint);
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
                        modelVersion,
                        analysis.language().isSupported() ? analysis.language().code() : null,
                        row.id())
                .update();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "feedback-analysis");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::drainQuietly, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // Typically the database is unavailable; the next round tries again.
            log.warn("Feedback analysis round failed: {}", e.toString(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private record Waiting(
            UUID id,
            @Nullable String comment,
            @Nullable String language,
            @Nullable String weakLabel) {}

    /** The stored shape of a theme match: {@code sentiment} in lower case like the item's label. */
    private record StoredTheme(String theme, String sentiment, double confidence, List<String> evidence) {

        StoredTheme(String theme, SentimentLabel label, double confidence, List<String> evidence) {
            this(theme, label.code(), confidence, evidence);
        }
    }
}
