package org.helpdesk.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.helpdesk.ticket.internal.TicketHistory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records tickets brought over from another helpdesk, as they were there (source {@code IMPORT}). Unlike opening a
 * ticket, nothing is replayed: no SLA clock starts (no policy, no deadlines), no repeat-contact link is made, and the
 * change is published as {@code IMPORTED}, which the search outbox and the audit trail record and which sends no
 * mail and no survey.
 */
@Service
public class HistoricTickets {

    static final String IMPORTED = "IMPORTED";

    private final JdbcClient jdbc;
    private final TicketHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HistoricTickets(JdbcClient jdbc, TicketHistory history, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the ticket in the caller's transaction; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TicketId record(HistoricTicket ticket, String actor) {
        TicketId id = TicketId.random();
        Instant now = clock.instant();
        Instant resolved = ticket.status().isActive() ? null : ticket.resolvedAt();
        Boolean onTime = ticket.firstResponseOnTime();
        long number = jdbc.sql("""
                        insert into ticket (id, subject, description, customer_id, priority, status, created_by,
                                            created_at, updated_at, updated_by, version, channel, type, category_id,
                                            product_id, resolved_at, first_response_breached,
                                            imported_first_response_met, source)
                        values (?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'IMPORT')
                        returning number""")
                .params(
                        id.value(),
                        ticket.subject(),
                        ticket.description(),
                        ticket.customer().value(),
                        ticket.status().name(),
                        actor,
                        Timestamp.from(ticket.createdAt()),
                        Timestamp.from(resolved != null ? resolved : ticket.createdAt()),
                        actor,
                        ticket.channel().name(),
                        ticket.type().name(),
                        ticket.categoryId(),
                        ticket.productId(),
                        timestamp(resolved),
                        Boolean.FALSE.equals(onTime),
                        onTime)
                .query(Long.class)
                .single();
        history.append(id, IMPORTED, actor, now, Map.copyOf(ticket.origin()), 1);
        events.publishEvent(new TicketChanged(id, number, IMPORTED, actor, now));
        return id;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
