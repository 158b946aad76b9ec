package org.helpdesk.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the ticket table. Reads join the customer so a ticket is complete in one query. */
@Repository
public class TicketRepository {

    private static final String SELECT = """
            select t.id, t.number, t.subject, t.description, t.customer_id, c.email as customer_email,
                   t.priority, t.status, t.created_by, t.created_at, t.updated_at, t.version
              from ticket t join customer c on c.id = t.customer_id
            """;

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Ticket insert(TicketId id, TicketDraft.ValidDraft draft, Customer customer, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                        insert into ticket (id, subject, description, customer_id, priority, status,
                                            created_by, created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        id.value(),
                        draft.subject(),
                        draft.description(),
                        customer.id().value(),
                        draft.priority().name(),
                        TicketStatus.NEW.name(),
                        actor,
                        at,
                        at)
                .update();
        return findById(id).orElseThrow();
    }

    public Optional<Ticket> findById(TicketId id) {
        return jdbc.sql(SELECT + " where t.id = ?")
                .param(id.value())
                .query(TicketRepository::map)
                .optional();
    }

    public Optional<Ticket> findByNumber(long number) {
        return jdbc.sql(SELECT + " where t.number = ?")
                .param(number)
                .query(TicketRepository::map)
                .optional();
    }

    public List<Ticket> findAll(List<TicketId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(TicketId::value).toArray(UUID[]::new);
        return jdbc.sql(SELECT + " where t.id = any(?)")
                .param(values)
                .query(TicketRepository::map)
                .list();
    }

    public List<Ticket> page(int page, int size) {
        return jdbc.sql(SELECT + " order by t.created_at desc, t.number desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(TicketRepository::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from ticket").query(Long.class).single();
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        return new Ticket(
                new TicketId(rs.getObject("id", UUID.class)),
                rs.getLong("number"),
                rs.getString("subject"),
                rs.getString("description"),
                new CustomerId(rs.getObject("customer_id", UUID.class)),
                rs.getString("customer_email"),
                Priority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
