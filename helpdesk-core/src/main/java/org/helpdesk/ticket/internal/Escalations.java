package org.helpdesk.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.ticket.Escalation;
import org.helpdesk.ticket.TicketId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The escalation records: who handed which ticket up to management, when and why. Append-only. */
@Component
public class Escalations {

    private final JdbcClient jdbc;

    Escalations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(TicketId ticket, String reason, String actor, Instant at) {
        jdbc.sql("""
                        insert into ticket_escalation (ticket_id, level, reason, escalated_by, escalated_at)
                        values (?, ?, ?, ?, ?)""")
                .params(ticket.value(), Escalation.MANAGEMENT, reason, actor, Timestamp.from(at))
                .update();
    }

    public List<Escalation> of(TicketId ticket) {
        return jdbc.sql("select * from ticket_escalation where ticket_id = ? order by id")
                .param(ticket.value())
                .query((rs, n) -> new Escalation(
                        rs.getLong("id"),
                        new TicketId(rs.getObject("ticket_id", UUID.class)),
                        rs.getString("level"),
                        rs.getString("reason"),
                        rs.getString("escalated_by"),
                        rs.getTimestamp("escalated_at").toInstant()))
                .list();
    }
}
