package org.helpdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void anyTicketChangeBecomesAValidAction() {
        assertThat(AuditActions.ticket("CREATED")).isEqualTo("TICKET_CREATED");
        assertThat(AuditActions.ticket("status-changed")).isEqualTo("TICKET_STATUS_CHANGED");
        assertThat(AuditActions.ticket("x".repeat(100))).hasSize(64);
        AuditEntry.of("anna", AuditActions.ticket("assigned to team"), "ticket", "HD-1", Map.of());
    }

    @Test
    void malformedEntriesAreProgrammingErrors() {
        assertThatThrownBy(() -> AuditEntry.of(" ", "SEARCH", "ticket", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.of("anna", "searched", "ticket", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.of("anna", "SEARCH", "Ticket", null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailsCannotBeChangedAfterwards() {
        AuditEntry entry = AuditEntry.of("anna", "SEARCH", "ticket", null, new HashMap<>(Map.of("q", "x")));

        assertThatThrownBy(() -> entry.details().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
