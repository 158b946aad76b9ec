package org.helpdesk.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sentiment model trained from the desk's own labelled feedback, with how well it did: its cross-validated macro-F1
 * and, on the same comments, the macro-F1 of the analyzer that was in force when it was trained.
 *
 * @param examples labelled comments it was trained on
 * @param labelCounts those comments per language and label
 * @param currentMacroF1 the analyzer in force at training time on the same comments; {@code null} if unknown
 * @param currentVersion that analyzer's version, e.g. {@code built-in}
 * @param report the evaluation for people: per-class figures and confusion matrices of both
 */
public record SentimentModel(
        UUID id,
        String version,
        Status status,
        int examples,
        List<LabelCounts> labelCounts,
        double cvMacroF1,
        @Nullable Double currentMacroF1,
        @Nullable String currentVersion,
        String report,
        String trainedBy,
        Instant trainedAt,
        @Nullable String activatedBy,
        @Nullable Instant activatedAt) {

    /** Differences smaller than this are within the noise between cross-validation folds. */
    public static final double NOISE = 0.005;

    public SentimentModel {
        labelCounts = List.copyOf(labelCounts);
    }

    public enum Status {
        /** Trained, waiting for a quality manager to compare and decide. */
        CANDIDATE,
        /** Analyses feedback now; at most one model is. */
        ACTIVE,
        /** Was active once; can be activated again. */
        RETIRED
    }

    /** How the new model compares with the analyzer in force when it was trained. */
    public enum Verdict {
        BETTER,
        WORSE,
        SAME,
        UNKNOWN
    }

    /** Cross-validated macro-F1 minus the current analyzer's; {@code null} if that is unknown. */
    public @Nullable Double difference() {
        return currentMacroF1 == null ? null : cvMacroF1 - currentMacroF1;
    }

    /** A hint for the quality manager, who decides: a difference within {@link #NOISE} is the same. */
    public Verdict verdict() {
        Double difference = difference();
        if (difference == null) {
            return Verdict.UNKNOWN;
        }
        return difference > NOISE ? Verdict.BETTER : difference < -NOISE ? Verdict.WORSE : Verdict.SAME;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
