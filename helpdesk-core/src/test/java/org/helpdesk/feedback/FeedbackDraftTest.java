package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.shared.FieldViolation;
import org.junit.jupiter.api.Test;

class FeedbackDraftTest {

    @Test
    void aScoredCommentWithinTheScaleIsValid() {
        assertThat(draft("NPS", 9, "Great support").violations("")).isEmpty();
    }

    @Test
    void aScoreOffItsScaleIsRefused() {
        assertThat(draft("CSAT", 6, "ok").violations(""))
                .extracting(FieldViolation::code)
                .contains("out-of-scale");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThat(draft("STARS", 3, "ok").violations(""))
                .extracting(FieldViolation::code)
                .contains("unknown");
    }

    @Test
    void neitherCommentNorScoreIsRefused() {
        assertThat(draft(null, null, " ").violations(""))
                .extracting(FieldViolation::code)
                .contains("required");
    }

    @Test
    void anOverlongCommentIsRefusedWithTheBatchPosition() {
        assertThat(draft(null, null, "x".repeat(FeedbackDraft.COMMENT_MAX + 1)).violations("[3]."))
                .extracting(FieldViolation::field)
                .contains("[3].comment");
    }

    @Test
    void theSameContentHasTheSameHash() {
        assertThat(draft("CSAT", 2, "late").contentHash())
                .isEqualTo(draft("CSAT", 2, "late").contentHash());
        assertThat(draft("CSAT", 2, "late").contentHash())
                .isNotEqualTo(draft("CSAT", 3, "late").contentHash());
    }

    private static FeedbackDraft draft(String kind, Integer score, String comment) {
        return new FeedbackDraft(kind, score, comment, null, null, null, null, null, null, null, null);
    }
}
