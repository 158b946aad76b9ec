package org.helpdesk.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.TicketId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only event log of each ticket. The database refuses updates and deletes of it. */
@Repository
public class TicketHistory {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TicketHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(TicketId ticket, String type, String actor, Instant at, Map<String, Object> data, long version) {
        jdbc.sql("""
                        insert into ticket_event (ticket_id, type, actor, occurred_at, data, ticket_version)
                        values (?, ?, ?, ?, ?::jsonb, ?)""")
                .params(ticket.value(), type, actor, Timestamp.from(at), json.writeValueAsString(data), version)
                .update();
    }

    public List<HistoryEntry> of(TicketId ticket) {
        return jdbc.sql("select * from ticket_event where ticket_id = ? order by id")
                .param(ticket.value())
                .query(this::map)
                .list();
    }

    /** What happened to the ticket after the given version: the changes a stale editor has not seen. */
    public List<HistoryEntry> since(TicketId ticket, long version) {
        return jdbc.sql("select * from ticket_event where ticket_id = ? and ticket_version > ? order by id")
                .params(ticket.value(), version)
                .query(this::map)
                .list();
    }

    private HistoryEntry map(ResultSet rs, int row) throws SQLException {
        long version = rs.getLong("ticket_version");
        return new HistoryEntry(
                rs.getLong("id"),
                rs.getString("type"),
                rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant(),
                json.readValue(rs.getString("data"), MAP),
                rs.wasNull() ? null : version);
    }
}
