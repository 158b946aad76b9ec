package org.helpdesk.search.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.helpdesk.ticket.TicketChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an outbox row in the very transaction that changed the ticket: either both are committed or
 * neither is, so no change can slip past the index.
 */
@Component
class OutboxRecorder {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TicketChanged change) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at) values (?, ?, ?, ?)")
                .params("ticket", change.ticketId().value(), now, now)
                .update();
    }
}
