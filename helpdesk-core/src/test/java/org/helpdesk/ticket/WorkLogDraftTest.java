package org.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class WorkLogDraftTest {

    @Test
    void oneMinuteToADayWithAnOptionalNote() {
        assertThat(new WorkLogDraft(1, null).validate()).isEqualTo(new WorkLogDraft.Valid(1, null));
        assertThat(new WorkLogDraft(1440, "  Called the courier ").validate())
                .isEqualTo(new WorkLogDraft.Valid(1440, "Called the courier"));
        assertThat(new WorkLogDraft(30, "   ").validate().note()).isNull();
    }

    @Test
    void zeroMoreThanADayOrNothingIsRefused() {
        for (Integer minutes : new Integer[] {0, -5, 1441, null}) {
            assertThatThrownBy(() -> new WorkLogDraft(minutes, null).validate())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("minutes");
        }
        assertThatThrownBy(() -> new WorkLogDraft(5, "x".repeat(501)).validate())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("note");
    }
}
