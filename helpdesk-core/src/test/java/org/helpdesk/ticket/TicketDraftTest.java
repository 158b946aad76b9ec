package org.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketDraftTest {

    private static TicketDraft draft(String subject, String description, String email, String priority) {
        return new TicketDraft(subject, description, email, priority);
    }

    @Test
    void validDraftIsTrimmedAndEmailNormalized() {
        var valid = draft("  Late delivery ", " Order 42 is late ", " Anna@Example.COM ", "high")
                .validate();

        assertThat(valid.subject()).isEqualTo("Late delivery");
        assertThat(valid.description()).isEqualTo("Order 42 is late");
        assertThat(valid.customerEmail()).isEqualTo("anna@example.com");
        assertThat(valid.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void missingPriorityMeansNormal() {
        assertThat(draft("s", "d", "a@b.co", null).validate().priority()).isEqualTo(Priority.NORMAL);
        assertThat(draft("s", "d", "a@b.co", " ").validate().priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> draft(" ", null, "not-an-address", "SOMEDAY").validate())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("subject", "required"),
                                        org.assertj.core.groups.Tuple.tuple("description", "required"),
                                        org.assertj.core.groups.Tuple.tuple("customerEmail", "invalid_email"),
                                        org.assertj.core.groups.Tuple.tuple("priority", "unknown_value")));
    }

    @Test
    void megabyteSubjectIsRejectedAsTooLong() {
        String huge = "x".repeat(1024 * 1024);

        assertThatThrownBy(() -> draft(huge, "d", "a@b.co", "LOW").validate())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.code()).isEqualTo("too_long")));
    }

    @Test
    void controlCharactersAreRejectedButLineBreaksAreFine() {
        assertThat(draft("s", "line one\nline two\ttab", "a@b.co", null).validate())
                .isNotNull();
        assertThatThrownBy(() -> draft("bell\u0007", "d", "a@b.co", null).validate())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.code()).isEqualTo("control_characters")));
    }
}
