package org.helpdesk.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/** Feedback as it arrives from outside (API, import): checked by {@link #violations(String)} before anything is stored. */
public record FeedbackDraft(
        @Nullable String kind,
        @Nullable Integer score,
        @Nullable String comment,
        @Nullable String language,
        @Nullable String channel,
        @Nullable UUID productId,
        @Nullable UUID ticketId,
        @Nullable UUID customerId,
        @Nullable String agent,
        @Nullable Instant receivedAt,
        @Nullable String externalId) {

    /** As long as the analyzer reads; imported reviews can be long and are kept untouched. */
    public static final int COMMENT_MAX = 20_000;

    /** What is wrong with this draft; {@code prefix} names it in a batch, e.g. {@code [2].}. */
    public List<FieldViolation> violations(String prefix) {
        List<FieldViolation> errors = new ArrayList<>();
        SurveyKind parsed = kind == null ? null : SurveyKind.parse(kind).orElse(null);
        if (kind != null && parsed == null) {
            errors.add(new FieldViolation(prefix + "kind", "unknown", "kind must be one of CSAT, NPS, CES"));
        }
        if ((kind == null) != (score == null)) {
            errors.add(new FieldViolation(prefix + "score", "kind-and-score", "kind and score go together"));
        }
        if (parsed != null && score != null && !parsed.accepts(score)) {
            errors.add(new FieldViolation(
                    prefix + "score",
                    "out-of-scale",
                    "a " + parsed + " score is between " + parsed.min() + " and " + parsed.max()));
        }
        if (score == null && isBlank(comment)) {
            errors.add(new FieldViolation(prefix + "comment", "required", "give a comment, a score or both"));
        }
        tooLong(errors, prefix + "comment", comment, COMMENT_MAX);
        tooLong(errors, prefix + "language", language, 8);
        tooLong(errors, prefix + "channel", channel, 32);
        tooLong(errors, prefix + "agent", agent, 100);
        tooLong(errors, prefix + "externalId", externalId, 200);
        return errors;
    }

    public @Nullable SurveyKind surveyKind() {
        return kind == null ? null : SurveyKind.parse(kind).orElse(null);
    }

    /** Identifies the same content posted again (when no external id says so). */
    public String contentHash() {
        String content = String.join(
                "\u001f",
                String.valueOf(kind),
                String.valueOf(score),
                String.valueOf(comment),
                String.valueOf(channel),
                String.valueOf(ticketId),
                String.valueOf(customerId),
                String.valueOf(receivedAt));
        return sha256(content);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static void tooLong(List<FieldViolation> errors, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldViolation(field, "too-long", "at most " + max + " characters"));
        }
    }
}
