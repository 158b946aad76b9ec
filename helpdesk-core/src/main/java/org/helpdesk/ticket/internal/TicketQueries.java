package org.helpdesk.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.LinkedTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketPage;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketViewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agent's views of the tickets, as SQL: each filter adds a condition, every value is a bound parameter. */
@Component
public class TicketQueries {

    private static final String ACTIVE = "t.status in ('NEW', 'OPEN', 'PENDING')";
    private static final String PRIORITY_RANK =
            "case t.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end";
    private static final String STATUS_RANK =
            "case t.status when 'NEW' then 0 when 'OPEN' then 1 when 'PENDING' then 2 when 'RESOLVED' then 3 else 4 end";

    private final JdbcClient jdbc;

    TicketQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a view for the person {@code userId} (null: someone without an account, who has no queue). */
    public TicketPage page(
            TicketQuery query,
            @Nullable UUID userId,
            Instant now,
            java.time.Duration warning,
            @Nullable TicketViewer viewer) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        visibleTo(viewer, where, params);
        queue(query, userId, now, warning, where, params);
        filters(query, where, params);
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from ticket t" + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        // The page is picked from the ticket table alone, then joined for names: the joins then touch one page of
        // rows instead of every ticket that matches.
        String order = order(query);
        String pageOfTickets =
                "from (select t.* from ticket t" + condition + " order by " + order + " limit ? offset ?) t\n";
        List<Ticket> items = jdbc.sql(
                        TicketStore.SELECT.replace("from ticket t\n", pageOfTickets) + " order by " + order)
                .params(pageParams)
                .query(TicketStore::map)
                .list();
        return new TicketPage(items, query.page(), query.size(), total);
    }

    /** Only the tickets the viewer may see (null: no restriction); the SQL twin of {@link TicketViewer#sees}. */
    private static void visibleTo(@Nullable TicketViewer viewer, List<String> where, List<Object> params) {
        if (viewer == null || viewer.everything()) {
            return;
        }
        where.add("(t.team_id is null or t.team_id = any(?) or t.assignee_id = ?)");
        params.add(viewer.teams().toArray(new UUID[0]));
        params.add(viewer.userId() == null ? new UUID(0, 0) : viewer.userId());
    }

    private static void queue(
            TicketQuery q,
            @Nullable UUID user,
            Instant now,
            java.time.Duration warning,
            List<String> where,
            List<Object> params) {
        switch (q.queue()) {
            case MINE -> {
                where.add(ACTIVE);
                where.add("t.assignee_id = ?");
                params.add(user == null ? new UUID(0, 0) : user);
            }
            case UNASSIGNED -> {
                where.add(ACTIVE);
                where.add("t.assignee_id is null");
                where.add("t.team_id in (select team_id from team_member where user_id = ?)");
                params.add(user == null ? new UUID(0, 0) : user);
            }
            case BREACHING -> {
                where.add("t.sla_due_at <= ?");
                params.add(Timestamp.from(now.plus(warning)));
            }
            case OPEN -> where.add(ACTIVE);
            case ALL -> {}
        }
    }

    private static void filters(TicketQuery q, List<String> where, List<Object> params) {
        add(
                where,
                params,
                "t.status = ?",
                q.status() == null ? null : q.status().name());
        add(
                where,
                params,
                "t.priority = ?",
                q.priority() == null ? null : q.priority().name());
        add(where, params, "t.team_id = ?", q.teamId());
        add(where, params, "t.assignee_id = ?", q.assigneeId());
        add(where, params, "t.category_id = ?", q.categoryId());
        add(where, params, "t.product_id = ?", q.productId());
        add(
                where,
                params,
                "t.channel = ?",
                q.channel() == null ? null : q.channel().name());
        add(where, params, "t.type = ?", q.type() == null ? null : q.type().name());
        add(
                where,
                params,
                "t.tags @> array[cast(? as text)]",
                q.tag() == null || q.tag().isBlank() ? null : q.tag().strip().toLowerCase());
        add(
                where,
                params,
                "t.customer_id = ?",
                q.customerId() == null ? null : q.customerId().value());
    }

    private static void add(List<String> where, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            where.add(condition);
            params.add(value);
        }
    }

    private static String order(TicketQuery q) {
        String direction = q.descending() ? " desc" : " asc";
        String column = switch (q.sort()) {
            case CREATED -> "t.created_at" + direction;
            case UPDATED -> "t.updated_at" + direction;
            case DUE -> "t.sla_due_at" + direction + " nulls last";
            case PRIORITY -> PRIORITY_RANK + (q.descending() ? " asc" : " desc");
            case NUMBER -> "t.number" + direction;
            case STATUS -> STATUS_RANK + direction;
        };
        return column + ", t.number desc";
    }

    /** The next ticket for an agent to take from their teams' queues, locked so no one else takes it too. */
    Optional<TicketId> nextInQueue(UUID userId, @Nullable UUID teamId) {
        return jdbc.sql("""
                        select t.id from ticket t
                         where t.assignee_id is null and t.status in ('NEW', 'OPEN') and t.merged_into_id is null
                           and t.team_id in (select team_id from team_member where user_id = ?)
                           and (cast(? as uuid) is null or t.team_id = ?)
                         order by t.sla_due_at asc nulls last, """ + PRIORITY_RANK + """
                        , t.created_at asc
                         limit 1 for update of t skip locked""")
                .params(userId, teamId, teamId)
                .query((rs, n) -> new TicketId(rs.getObject("id", UUID.class)))
                .optional();
    }

    /** The customer's tickets, newest first. */
    public List<Ticket> ofCustomer(CustomerId customer, int limit, @Nullable TicketViewer viewer) {
        List<String> where = new ArrayList<>(List.of("t.customer_id = ?"));
        List<Object> params = new ArrayList<>(List.of(customer.value()));
        visibleTo(viewer, where, params);
        params.add(limit);
        return jdbc.sql(TicketStore.SELECT + " where " + String.join(" and ", where)
                        + " order by t.created_at desc limit ?")
                .params(params)
                .query(TicketStore::map)
                .list();
    }

    /** Every ticket related to this one, both the ones it points at and the ones pointing at it. */
    public List<LinkedTicket> links(TicketId id) {
        return jdbc.sql("""
                        select 'REPEAT_OF' as kind, o.id, o.number, o.subject, o.status
                          from ticket t join ticket o on o.id = t.repeat_of_id where t.id = ?
                        union all select 'MERGED_INTO', o.id, o.number, o.subject, o.status
                          from ticket t join ticket o on o.id = t.merged_into_id where t.id = ?
                        union all select 'SPLIT_FROM', o.id, o.number, o.subject, o.status
                          from ticket t join ticket o on o.id = t.split_from_id where t.id = ?
                        union all select 'FOLLOW_UP_OF', o.id, o.number, o.subject, o.status
                          from ticket t join ticket o on o.id = t.follow_up_of_id where t.id = ?
                        union all select 'REPEATED_BY', id, number, subject, status from ticket where repeat_of_id = ?
                        union all select 'MERGED_FROM', id, number, subject, status from ticket where merged_into_id = ?
                        union all select 'SPLIT_INTO', id, number, subject, status from ticket where split_from_id = ?
                        union all select 'FOLLOWED_UP_BY', id, number, subject, status from ticket where follow_up_of_id = ?
                        order by 3""")
                .params(id.value(), id.value(), id.value(), id.value(), id.value(), id.value(), id.value(), id.value())
                .query((rs, n) -> new LinkedTicket(
                        LinkedTicket.Kind.valueOf(rs.getString("kind")),
                        new TicketLink(new TicketId(rs.getObject("id", UUID.class)), rs.getLong("number")),
                        rs.getString("subject"),
                        TicketStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Resolved tickets (never merged ones, which are closed already) resolved before {@code cutoff}. */
    List<TicketId> resolvedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select id from ticket where status = 'RESOLVED' and resolved_at <= ?
                         order by resolved_at limit ?""")
                .params(Timestamp.from(cutoff), limit)
                .query((rs, n) -> new TicketId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Tickets whose running SLA clock has passed a deadline not yet marked as breached. */
    List<TicketId> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        select id from ticket
                         where sla_due_at <= ? and status in ('NEW', 'OPEN')
                           and ((first_response_at is null and not first_response_breached and first_response_due <= ?)
                                or (not resolution_breached and resolution_due <= ?))
                         order by sla_due_at limit ?""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> new TicketId(rs.getObject("id", UUID.class)))
                .list();
    }
}
