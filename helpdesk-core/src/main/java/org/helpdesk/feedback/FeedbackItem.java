package org.helpdesk.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing a customer said, with its analysis once the worker got to it ({@code analysis} null until then).
 * The comment is exactly what the customer wrote.
 */
public record FeedbackItem(
        UUID id,
        FeedbackSource source,
        @Nullable String channel,
        @Nullable SurveyKind kind,
        @Nullable Integer score,
        @Nullable String comment,
        @Nullable String language,
        @Nullable UUID ticketId,
        @Nullable UUID customerId,
        @Nullable String agent,
        Instant receivedAt,
        @Nullable String externalId,
        @Nullable String weakLabel,
        @Nullable Analysis analysis,
        @Nullable Correction correction,
        @Nullable ThemeCorrection themeCorrection) {

    /** The sentiment to show and count: the quality manager's correction, else the analyzer's label. */
    public @Nullable String effectiveSentiment() {
        return correction != null ? correction.label() : analysis == null ? null : analysis.sentiment();
    }

    /** The themes to show and count: the quality manager's correction, else the analyzer's (none until analysed). */
    public List<String> effectiveThemes() {
        return themeCorrection != null ? themeCorrection.themes() : analysis == null ? List.of() : analysis.themes();
    }

    public boolean themesCorrected() {
        return themeCorrection != null;
    }

    /** A quality manager's sentiment label for this item, which overrides the analyzer's. */
    public record Correction(String label, String by, Instant at) {}

    /** A quality manager's themes for this item (possibly none), which override the analyzer's. */
    public record ThemeCorrection(List<String> themes, String by, Instant at) {

        public ThemeCorrection {
            themes = List.copyOf(themes);
        }
    }

    /**
     * @param sentiment negative, neutral or positive
     * @param explanation the cues behind the sentiment, as JSON
     * @param keywords the keywords, as JSON
     * @param themes the matched theme ids
     */
    public record Analysis(
            String sentiment,
            double score,
            double confidence,
            String explanation,
            String keywords,
            List<String> themes,
            Instant analyzedAt,
            @Nullable String modelVersion) {

        public Analysis {
            themes = List.copyOf(themes);
        }
    }
}
