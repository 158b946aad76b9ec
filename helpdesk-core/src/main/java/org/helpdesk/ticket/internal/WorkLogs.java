package org.helpdesk.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.WorkLogDraft;
import org.helpdesk.ticket.WorkLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time agents log on tickets, which reporting costs with the team's hourly rate. Entries are never edited;
 * each is a line in the ticket's history ({@code WORK_LOGGED}) and so in the audit trail.
 */
@Repository
public class WorkLogs {

    private final JdbcClient jdbc;

    WorkLogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs the work on the locked ticket {@code s}; refused on a merged ticket (work on the one it went into). */
    public WorkLogEntry log(TicketState s, WorkLogDraft.Valid work, String agent, Instant now) {
        s.refuseIfMerged("WORK_LOGGED");
        WorkLogEntry entry = new WorkLogEntry(UUID.randomUUID(), agent, work.minutes(), now, work.note());
        jdbc.sql("""
                        insert into ticket_work_log (id, ticket_id, agent, minutes, logged_at, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), s.id.value(), agent, entry.minutes(), Timestamp.from(now), entry.note())
                .update();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("minutes", entry.minutes());
        if (entry.note() != null) {
            data.put("note", entry.note());
        }
        s.changes.add(new Change("WORK_LOGGED", data));
        return entry;
    }

    /** The ticket's work log, oldest first. */
    public List<WorkLogEntry> of(TicketId ticket) {
        return jdbc.sql("select * from ticket_work_log where ticket_id = ? order by logged_at, id")
                .param(ticket.value())
                .query((rs, n) -> new WorkLogEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("agent"),
                        rs.getInt("minutes"),
                        rs.getTimestamp("logged_at").toInstant(),
                        rs.getString("note")))
                .list();
    }
}
