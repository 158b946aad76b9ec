package org.helpdesk.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.QueueTimes;
import org.helpdesk.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When phone and chat contacts entered the queue and were picked up (see {@link QueueTimes}). */
@Component
public class Queueing {

    private final JdbcClient jdbc;

    Queueing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the queue times a new ticket arrived with (already validated). */
    void start(TicketId ticket, QueueTimes times) {
        if (times.recorded()) {
            write(ticket, times);
        }
    }

    /**
     * Records that an agent picked up the queued contact {@code s} at {@code at}; the ticket must have a queue
     * entry and no pickup yet.
     */
    public QueueTimes pickUp(TicketState s, Instant at, Instant now) {
        QueueTimes current = jdbc.sql("select queued_at, picked_up_at from ticket where id = ?")
                .param(s.id.value())
                .query((rs, n) -> new QueueTimes(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .single();
        if (current.pickedUpAt() != null) {
            throw new InvalidTransitionException(
                    "PICKED_UP",
                    "PICKED_UP",
                    "already_picked_up",
                    s.reference() + " was already picked up at " + current.pickedUpAt());
        }
        QueueTimes picked = new QueueTimes(current.queuedAt(), at);
        List<FieldViolation> violations = new ArrayList<>();
        picked.check(s.channel, now, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        write(s.id, picked);
        s.changes.add(Change.field("PICKED_UP", "pickedUpAt", null, at.toString())
                .with("queuedAt", String.valueOf(current.queuedAt())));
        return picked;
    }

    private void write(TicketId ticket, QueueTimes times) {
        jdbc.sql("update ticket set queued_at = ?, picked_up_at = ? where id = ?")
                .params(timestamp(times.queuedAt()), timestamp(times.pickedUpAt()), ticket.value())
                .update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
