package org.helpdesk.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.analysis.TrainedModel;
import org.helpdesk.feedback.internal.ModelArchive;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The analyzer feedback is analysed with now: the active trained sentiment model (else the built-in one) with the
 * newest saved theme taxonomy (else the model's or the built-in one). Every instance notices a switch within a few
 * seconds, so a cluster never analyses with two models for long.
 */
@Component
public class ActiveAnalyzer {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final FeedbackAnalyzer builtIn;
    private final Clock clock;
    private volatile @Nullable State state;

    ActiveAnalyzer(JdbcClient jdbc, FeedbackAnalyzer builtIn, Clock clock) {
        this.jdbc = jdbc;
        this.builtIn = builtIn;
        this.clock = clock;
    }

    public FeedbackAnalyzer analyzer() {
        return current().analyzer();
    }

    /** Names what produced an analysis: the model's version and the taxonomy's, e.g. {@code built-in+taxonomy-3}. */
    public String version() {
        return current().version();
    }

    public ThemeTaxonomy taxonomy() {
        return current().analyzer().taxonomy();
    }

    /** The active trained model, if one was activated. */
    public @Nullable UUID activeModelId() {
        return current().key().modelId();
    }

    /** Looks at the database now instead of within a few seconds (after this instance switched model or taxonomy). */
    public synchronized void reload() {
        state = build(key());
    }

    private State current() {
        State known = state;
        Instant now = clock.instant();
        if (known != null && known.checkedAt().plus(CHECK_EVERY).isAfter(now)) {
            return known;
        }
        synchronized (this) {
            known = state;
            if (known != null && known.checkedAt().plus(CHECK_EVERY).isAfter(now)) {
                return known;
            }
            Key key = key();
            State next = known != null && known.key().equals(key) ? known.checked(now) : build(key);
            state = next;
            return next;
        }
    }

    private Key key() {
        return jdbc.sql("""
                        select (select id from sentiment_model where status = 'ACTIVE') as model,
                               (select max(version) from theme_taxonomy) as taxonomy""")
                .query((rs, n) -> new Key(
                        rs.getObject("model", UUID.class),
                        rs.getObject("taxonomy") == null ? null : rs.getInt("taxonomy")))
                .single();
    }

    private State build(Key key) {
        TrainedModel model = key.modelId() == null
                ? null
                : ModelArchive.unzip(jdbc.sql("select content from sentiment_model where id = ?")
                        .param(key.modelId())
                        .query(byte[].class)
                        .single());
        ThemeTaxonomy taxonomy = key.taxonomyVersion() == null
                ? null
                : ThemeTaxonomy.parse(jdbc.sql("select taxonomy::text from theme_taxonomy where version = ?")
                        .param(key.taxonomyVersion())
                        .query(String.class)
                        .single());
        FeedbackAnalyzer analyzer;
        if (model == null && taxonomy == null) {
            analyzer = builtIn;
        } else {
            FeedbackAnalyzer.Builder builder = FeedbackAnalyzer.builder();
            if (model != null) {
                builder.model(model);
            }
            builder.taxonomy(taxonomy != null ? taxonomy : model != null ? model.taxonomy() : builtIn.taxonomy());
            analyzer = builder.build();
        }
        String version = (model == null ? "built-in" : model.manifest().version())
                + (key.taxonomyVersion() == null ? "" : "+taxonomy-" + key.taxonomyVersion());
        return new State(key, analyzer, version, clock.instant());
    }

    private record Key(@Nullable UUID modelId, @Nullable Integer taxonomyVersion) {}

    private record State(Key key, FeedbackAnalyzer analyzer, String version, Instant checkedAt) {
        State checked(Instant at) {
            return new State(key, analyzer, version, Objects.requireNonNull(at));
        }
    }
}
