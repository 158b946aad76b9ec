package org.helpdesk.ticket.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.sla.PausedSpan;
import org.helpdesk.ticket.AgentRef;
import org.helpdesk.ticket.Assignment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Classification;
import org.helpdesk.ticket.Links;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.PendingReason;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Progress;
import org.helpdesk.ticket.SlaState;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the ticket table. Reads join the names a ticket refers to, so a ticket is complete in one query. */
@Repository
public class TicketStore {

    static final String SELECT = """
            select t.*, c.email as customer_email, c.name as customer_name,
                   tm.name as team_name, u.username as assignee_username, u.display_name as assignee_name,
                   cat.name as category_name, p.name as product_name, sp.name as sla_policy_name,
                   r.number as repeat_of_number, m.number as merged_into_number,
                   s.number as split_from_number, f.number as follow_up_of_number
              from ticket t
              join customer c on c.id = t.customer_id
              left join team tm on tm.id = t.team_id
              left join user_account u on u.id = t.assignee_id
              left join category cat on cat.id = t.category_id
              left join product p on p.id = t.product_id
              left join sla_policy sp on sp.id = t.sla_policy_id
              left join ticket r on r.id = t.repeat_of_id
              left join ticket m on m.id = t.merged_into_id
              left join ticket s on s.id = t.split_from_id
              left join ticket f on f.id = t.follow_up_of_id
            """;

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new ticket row; its number comes from the sequence. */
    long insert(NewTicket t) {
        return jdbc.sql("""
                        insert into ticket (id, subject, description, customer_id, priority, status, created_by,
                                            created_at, updated_at, updated_by, version, channel, type, category_id,
                                            product_id, team_id, assignee_id, language, tags, split_from_id,
                                            follow_up_of_id)
                        values (?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning number""")
                .params(
                        t.id().value(),
                        t.subject(),
                        t.description(),
                        t.customerId().value(),
                        t.priority().name(),
                        t.actor(),
                        Timestamp.from(t.at()),
                        Timestamp.from(t.at()),
                        t.actor(),
                        t.channel().name(),
                        t.type().name(),
                        id(t.category()),
                        id(t.product()),
                        id(t.team()),
                        t.assignee() == null ? null : t.assignee().id(),
                        t.language(),
                        t.tags().toArray(String[]::new),
                        t.splitFrom() == null ? null : t.splitFrom().id().value(),
                        t.followUpOf() == null ? null : t.followUpOf().id().value())
                .query(Long.class)
                .single();
    }

    /** Loads a ticket for changing it, holding its row lock until the transaction ends. */
    Optional<TicketState> lock(TicketId id) {
        return jdbc.sql(SELECT + " where t.id = ? for update of t")
                .param(id.value())
                .query(TicketStore::map)
                .optional()
                .map(TicketState::new);
    }

    /** Writes the changed state and bumps the version. The row is locked, so the version check is a safety net. */
    void save(TicketState s, String actor, Instant at) {
        int updated = jdbc.sql("""
                        update ticket set subject = ?, priority = ?, status = ?, channel = ?, type = ?,
                               category_id = ?, product_id = ?, team_id = ?, assignee_id = ?, language = ?,
                               tags = ?, pending_reason = ?, sla_policy_id = ?, first_response_due = ?,
                               resolution_due = ?, sla_due_at = ?, first_response_breached = ?,
                               resolution_breached = ?, paused_since = ?, pending_seconds = ?,
                               first_response_at = ?, resolved_at = ?, closed_at = ?, reopen_count = ?,
                               agent_reply_count = ?, escalated = ?, escalated_at = ?, repeat_of_id = ?,
                               merged_into_id = ?, updated_at = ?, updated_by = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(
                        s.subject,
                        s.priority.name(),
                        s.status.name(),
                        s.channel.name(),
                        s.type.name(),
                        id(s.category),
                        id(s.product),
                        id(s.team),
                        s.assignee == null ? null : s.assignee.id(),
                        s.language,
                        s.tags.toArray(String[]::new),
                        s.pendingReason == null ? null : s.pendingReason.name(),
                        s.slaPolicyId,
                        ts(s.firstResponseDue),
                        ts(s.resolutionDue),
                        ts(s.slaDueAt),
                        s.firstResponseBreached,
                        s.resolutionBreached,
                        ts(s.pausedSince),
                        s.pendingSeconds,
                        ts(s.firstResponseAt),
                        ts(s.resolvedAt),
                        ts(s.closedAt),
                        s.reopenCount,
                        s.agentReplyCount,
                        s.escalated,
                        ts(s.escalatedAt),
                        s.repeatOf == null ? null : s.repeatOf.id().value(),
                        s.mergedInto == null ? null : s.mergedInto.id().value(),
                        Timestamp.from(at),
                        actor,
                        s.id.value(),
                        s.version)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("ticket " + s.id + " changed under its row lock");
        }
        s.version++;
    }

    /** Stores what opening worked out (SLA deadlines, the repeat link) without counting it as a change. */
    void saveOpening(TicketState s) {
        jdbc.sql("""
                        update ticket set sla_policy_id = ?, first_response_due = ?, resolution_due = ?,
                               sla_due_at = ?, repeat_of_id = ?
                         where id = ?""")
                .params(
                        s.slaPolicyId,
                        ts(s.firstResponseDue),
                        ts(s.resolutionDue),
                        ts(s.slaDueAt),
                        s.repeatOf == null ? null : s.repeatOf.id().value(),
                        s.id.value())
                .update();
    }

    void applyPauses(TicketState s) {
        for (PauseStep step : s.pauseSteps) {
            if (step.begins()) {
                jdbc.sql("insert into ticket_pause (ticket_id, status, reason, started_at) values (?, ?, ?, ?)")
                        .params(
                                s.id.value(),
                                step.status().name(),
                                step.reason() == null ? null : step.reason().name(),
                                Timestamp.from(step.at()))
                        .update();
            } else {
                jdbc.sql("update ticket_pause set ended_at = ? where ticket_id = ? and ended_at is null")
                        .params(Timestamp.from(step.at()), s.id.value())
                        .update();
            }
        }
        s.pauseSteps.clear();
    }

    /** The finished stretches in which the ticket's SLA clock stood still. */
    List<PausedSpan> pauses(TicketId id) {
        return jdbc.sql("""
                        select started_at, ended_at from ticket_pause
                         where ticket_id = ? and ended_at is not null order by started_at""")
                .param(id.value())
                .query((rs, n) -> new PausedSpan(
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at").toInstant()))
                .list();
    }

    public Optional<Ticket> findById(TicketId id) {
        return jdbc.sql(SELECT + " where t.id = ?")
                .param(id.value())
                .query(TicketStore::map)
                .optional();
    }

    public void keepDescriptionHtml(TicketId id, String html) {
        jdbc.sql("update ticket set description_html = ? where id = ?")
                .params(html, id.value())
                .update();
    }

    public Optional<String> descriptionHtml(TicketId id) {
        return jdbc.sql("select description_html from ticket where id = ? and description_html is not null")
                .param(id.value())
                .query(String.class)
                .optional();
    }

    public Optional<Ticket> findByNumber(long number) {
        return jdbc.sql(SELECT + " where t.number = ?")
                .param(number)
                .query(TicketStore::map)
                .optional();
    }

    public List<Ticket> findAll(List<TicketId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(TicketId::value).toArray(UUID[]::new);
        return jdbc.sql(SELECT + " where t.id = any(?)")
                .param(values)
                .query(TicketStore::map)
                .list();
    }

    static Ticket map(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                new TicketId(uuid(rs, "id")),
                rs.getLong("number"),
                rs.getString("subject"),
                rs.getString("description"),
                new CustomerId(uuid(rs, "customer_id")),
                rs.getString("customer_email"),
                Priority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getLong("version"),
                rs.getString("customer_name"),
                classification(rs),
                new Assignment(ref(rs, "team_id", "team_name"), assignee(rs)),
                rs.getString("pending_reason") == null ? null : PendingReason.valueOf(rs.getString("pending_reason")),
                sla(rs),
                progress(rs),
                new Links(
                        link(rs, "repeat_of_id", "repeat_of_number"),
                        link(rs, "merged_into_id", "merged_into_number"),
                        link(rs, "split_from_id", "split_from_number"),
                        link(rs, "follow_up_of_id", "follow_up_of_number")),
                rs.getString("updated_by"));
    }

    private static Classification classification(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tags");
        return new Classification(
                Channel.valueOf(rs.getString("channel")),
                TicketType.valueOf(rs.getString("type")),
                ref(rs, "category_id", "category_name"),
                ref(rs, "product_id", "product_name"),
                rs.getString("language"),
                tags == null ? List.of() : List.of((String[]) tags.getArray()));
    }

    private static SlaState sla(ResultSet rs) throws SQLException {
        return new SlaState(
                ref(rs, "sla_policy_id", "sla_policy_name"),
                instant(rs, "first_response_due"),
                instant(rs, "resolution_due"),
                instant(rs, "sla_due_at"),
                rs.getBoolean("first_response_breached"),
                rs.getBoolean("resolution_breached"),
                instant(rs, "paused_since"),
                Duration.ofSeconds(rs.getLong("pending_seconds")));
    }

    private static Progress progress(ResultSet rs) throws SQLException {
        return new Progress(
                instant(rs, "first_response_at"),
                instant(rs, "resolved_at"),
                instant(rs, "closed_at"),
                rs.getInt("reopen_count"),
                rs.getInt("agent_reply_count"),
                rs.getBoolean("escalated"),
                instant(rs, "escalated_at"),
                instant(rs, "queued_at"),
                instant(rs, "picked_up_at"));
    }

    private static @Nullable AgentRef assignee(ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "assignee_id");
        return id == null ? null : new AgentRef(id, rs.getString("assignee_username"), rs.getString("assignee_name"));
    }

    private static @Nullable NamedRef ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        UUID id = uuid(rs, idColumn);
        return id == null ? null : new NamedRef(id, rs.getString(nameColumn));
    }

    private static @Nullable TicketLink link(ResultSet rs, String idColumn, String numberColumn) throws SQLException {
        UUID id = uuid(rs, idColumn);
        return id == null ? null : new TicketLink(new TicketId(id), rs.getLong(numberColumn));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    private static @Nullable UUID id(@Nullable NamedRef ref) {
        return ref == null ? null : ref.id();
    }
}
