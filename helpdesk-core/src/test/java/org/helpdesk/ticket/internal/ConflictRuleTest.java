package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.shared.ConcurrentChange;
import org.helpdesk.ticket.HistoryEntry;
import org.junit.jupiter.api.Test;

/** Two agents edit the same ticket: only changes to the same fields stop the second one. */
class ConflictRuleTest {

    private static final Instant AT = Instant.parse("2026-03-09T10:05:00Z");
    private static final HistoryEntry ANNA_RAISED_PRIORITY = new HistoryEntry(
            7, "PRIORITY_CHANGED", "anna.agent", AT, Map.of("field", "priority", "old", "NORMAL", "new", "HIGH"), 3L);
    private static final HistoryEntry ANNA_REPLIED =
            new HistoryEntry(8, "REPLIED", "anna.agent", AT, Map.of("field", "conversation", "messageId", "m1"), 4L);

    @Test
    void changingTheSameFieldIsAConflictThatSaysWhatChanged() {
        List<ConcurrentChange> clashes =
                TicketChanges.clashes(List.of(ANNA_RAISED_PRIORITY, ANNA_REPLIED), Set.of("priority", "tags"));

        assertThat(clashes).containsExactly(new ConcurrentChange("priority", "NORMAL", "HIGH", "anna.agent", AT));
    }

    @Test
    void changingOtherFieldsIsNoConflict() {
        assertThat(TicketChanges.clashes(List.of(ANNA_RAISED_PRIORITY, ANNA_REPLIED), Set.of("status")))
                .isEmpty();
    }

    @Test
    void anActionOnTheWholeTicketConflictsWithAnyChange() {
        assertThat(TicketChanges.clashes(List.of(ANNA_REPLIED), Set.of(TicketChanges.EVERYTHING)))
                .hasSize(1);
    }
}
