package org.helpdesk.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A help desk as rows in the core's tables, for KPI fixtures: customers, teams, agents and tickets with every
 * lifecycle column set explicitly, so each expected number can be worked out by hand.
 */
final class Desk {

    private final JdbcClient jdbc;
    private final UUID defaultCustomer;

    Desk(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.defaultCustomer = customer("someone@example.com");
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    UUID customer(String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into customer (id, email, name, created_at) values (?, ?, ?, now())")
                .params(id, email, email)
                .update();
        return id;
    }

    UUID team(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, created_at) values (?, ?, now())")
                .params(id, name)
                .update();
        return id;
    }

    /** Sets what an hour of the team's work costs (null: not known). */
    void hourlyCost(UUID team, @Nullable String cost) {
        jdbc.sql("update team set hourly_cost = ?::numeric where id = ?")
                .params(cost, team)
                .update();
    }

    /** {@code minutes} of work logged on ticket {@code number} at {@code at}. */
    void work(long number, int minutes, String at) {
        jdbc.sql("insert into ticket_work_log (id, ticket_id, agent, minutes, logged_at) values (?, ?, 'anna', ?, ?)")
                .params(UUID.randomUUID(), idOf(number), minutes, ts(Instant.parse(at)))
                .update();
    }

    /** Marks the customer lost on a local day. */
    void lost(UUID customer, String day) {
        jdbc.sql("update customer set lost_on = ?::date, lost_reason = 'Moved to a competitor' where id = ?")
                .params(day, customer)
                .update();
    }

    UUID agent(String username) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into user_account (id, username, display_name, roles, created_at) values (?, ?, ?, 'AGENT', now())")
                .params(id, username, username)
                .update();
        return id;
    }

    UUID product(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into product (id, name, created_at) values (?, ?, now())")
                .params(id, name)
                .update();
        return id;
    }

    /** A calendar open Monday to Friday, {@code opens}–{@code closes} (minutes), with an SLA policy using it. */
    UUID officeHoursPolicy(String zone, int opens, int closes) {
        UUID calendar = UUID.randomUUID();
        jdbc.sql("insert into business_calendar (id, name, time_zone, created_at) values (?, ?, ?, now())")
                .params(calendar, "Office " + calendar, zone)
                .update();
        for (int day = 1; day <= 5; day++) {
            jdbc.sql("insert into business_hours values (?, ?, ?, ?)")
                    .params(calendar, day, opens, closes)
                    .update();
        }
        UUID policy = UUID.randomUUID();
        jdbc.sql("""
                        insert into sla_policy (id, name, priority, calendar_id, first_response_minutes,
                                                resolution_minutes, active, created_at)
                        values (?, ?, 'NORMAL', ?, 60, 480, false, now())""").params(policy, "Office " + policy, calendar).update();
        return policy;
    }

    UUID calendarOf(UUID policy) {
        return jdbc.sql("select calendar_id from sla_policy where id = ?")
                .param(policy)
                .query(UUID.class)
                .single();
    }

    /** A survey answer received at {@code at}, about {@code ticket} (or none), optionally with its own product. */
    UUID answer(String kind, int score, String at, @Nullable UUID ticket, @Nullable UUID product) {
        return feedback(kind, score, null, at, ticket, product);
    }

    /** Feedback with an analysed (or, if null, not yet analysed) sentiment. */
    UUID feedback(@Nullable String sentiment, String at) {
        return feedback(null, null, sentiment, at, null, null);
    }

    /**
     * Feedback with a sentiment and the analyzer's themes; {@code corrected} (if not null) are a quality manager's
     * themes, which win.
     */
    UUID feedback(String sentiment, String at, List<String> themes, @Nullable List<String> corrected) {
        UUID id = feedback(sentiment, at);
        jdbc.sql("""
                        update feedback_item set themes = cast(? as jsonb), corrected_themes = cast(? as jsonb),
                               themes_corrected_by = ?, themes_corrected_at = ? where id = ?""")
                .params(
                        themesJson(themes),
                        corrected == null ? null : themesJson(corrected),
                        corrected == null ? null : "quentin.quality",
                        corrected == null ? null : ts(Instant.parse(at)),
                        id)
                .update();
        return id;
    }

    private static String themesJson(List<String> themes) {
        return themes.stream()
                .map(t -> "{\"theme\": \"" + t + "\", \"score\": 1.0}")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private UUID feedback(
            @Nullable String kind,
            @Nullable Integer score,
            @Nullable String sentiment,
            String at,
            @Nullable UUID ticket,
            @Nullable UUID product) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback_item (id, source, kind, score, comment, ticket_id, product_id, received_at,
                                                   content_hash, sentiment_label)
                        values (?, 'API', ?, ?, 'Said so', ?, ?, ?, ?, ?)""")
                .params(id, kind, score, ticket, product, ts(Instant.parse(at)), id.toString(), sentiment)
                .update();
        return id;
    }

    UUID idOf(long number) {
        return jdbc.sql("select id from ticket where number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    Ticket ticket(String createdAt) {
        return new Ticket(Instant.parse(createdAt));
    }

    /** A ticket being written; {@link #save()} inserts it and returns its number. */
    final class Ticket {

        private final UUID id = UUID.randomUUID();
        private final Instant createdAt;
        private UUID customer = defaultCustomer;
        private @Nullable String status;
        private String type = "QUESTION";
        private String channel = "WEB";
        private String priority = "NORMAL";
        private @Nullable String language;
        private @Nullable UUID team;
        private @Nullable UUID assignee;
        private @Nullable UUID product;
        private @Nullable UUID policy;
        private @Nullable Instant firstResponseAt;
        private @Nullable Instant resolvedAt;
        private @Nullable Instant closedAt;
        private int replies;
        private int reopens;
        private boolean escalated;
        private long pendingSeconds;
        private boolean firstResponseBreached;
        private boolean resolutionBreached;
        private @Nullable UUID repeatOf;
        private @Nullable UUID mergedInto;
        private @Nullable Instant queuedAt;
        private @Nullable Instant pickedUpAt;
        private final java.util.List<Object[]> pauses = new java.util.ArrayList<>();

        private Ticket(Instant createdAt) {
            this.createdAt = createdAt;
        }

        UUID id() {
            return id;
        }

        Ticket customer(UUID value) {
            customer = value;
            return this;
        }

        Ticket status(String value) {
            status = value;
            return this;
        }

        Ticket type(String value) {
            type = value;
            return this;
        }

        Ticket channel(String value) {
            channel = value;
            return this;
        }

        Ticket priority(String value) {
            priority = value;
            return this;
        }

        Ticket language(String value) {
            language = value;
            return this;
        }

        Ticket team(UUID value) {
            team = value;
            return this;
        }

        Ticket assignee(UUID value) {
            assignee = value;
            return this;
        }

        Ticket product(UUID value) {
            product = value;
            return this;
        }

        Ticket policy(UUID value) {
            policy = value;
            return this;
        }

        /** A phone or chat contact that waited in the queue from {@code queued} until {@code pickedUp} (or still). */
        Ticket queued(String channelName, String queued, @Nullable String pickedUp) {
            channel = channelName;
            queuedAt = Instant.parse(queued);
            pickedUpAt = pickedUp == null ? null : Instant.parse(pickedUp);
            return this;
        }

        Ticket firstResponse(String at) {
            firstResponseAt = Instant.parse(at);
            replies = Math.max(replies, 1);
            return this;
        }

        Ticket resolved(String at) {
            resolvedAt = Instant.parse(at);
            return this;
        }

        Ticket closed(String at) {
            closedAt = Instant.parse(at);
            return this;
        }

        Ticket replies(int value) {
            replies = value;
            return this;
        }

        Ticket reopened(int times) {
            reopens = times;
            return this;
        }

        Ticket escalated() {
            escalated = true;
            return this;
        }

        Ticket pendingSeconds(long value) {
            pendingSeconds = value;
            return this;
        }

        Ticket firstResponseBreached() {
            firstResponseBreached = true;
            return this;
        }

        Ticket resolutionBreached() {
            resolutionBreached = true;
            return this;
        }

        Ticket repeatOf(UUID value) {
            repeatOf = value;
            return this;
        }

        Ticket mergedInto(UUID value) {
            mergedInto = value;
            status = "CLOSED";
            return this;
        }

        long save() {
            String s = status != null
                    ? status
                    : closedAt != null
                            ? "CLOSED"
                            : resolvedAt != null ? "RESOLVED" : firstResponseAt != null ? "OPEN" : "NEW";
            long number = jdbc.sql("""
                            insert into ticket (id, subject, description, customer_id, priority, status, created_by,
                                created_at, updated_at, version, channel, type, language, team_id, assignee_id, product_id,
                                sla_policy_id, first_response_at, resolved_at, closed_at, agent_reply_count, reopen_count,
                                escalated, pending_seconds, first_response_breached, resolution_breached, repeat_of_id,
                                merged_into_id, queued_at, picked_up_at)
                            values (:id, 'Subject', 'Description', :customer, :priority, :status, 'test', :created,
                                :created, 1, :channel, :type, :language, :team, :assignee, :product, :policy, :fr,
                                :resolved, :closed, :replies, :reopens, :escalated, :pending, :frb, :rb, :repeat, :merged, :queued, :picked)
                            returning number""")
                    .param("id", id)
                    .param("customer", customer)
                    .param("priority", priority)
                    .param("status", s)
                    .param("created", ts(createdAt))
                    .param("channel", channel)
                    .param("type", type)
                    .param("language", language)
                    .param("team", team)
                    .param("assignee", assignee)
                    .param("product", product)
                    .param("policy", policy)
                    .param("fr", ts(firstResponseAt))
                    .param("resolved", ts(resolvedAt))
                    .param("closed", ts(closedAt))
                    .param("replies", replies)
                    .param("reopens", reopens)
                    .param("escalated", escalated)
                    .param("pending", pendingSeconds)
                    .param("frb", firstResponseBreached)
                    .param("rb", resolutionBreached)
                    .param("repeat", repeatOf)
                    .param("merged", mergedInto)
                    .param("queued", ts(queuedAt))
                    .param("picked", ts(pickedUpAt))
                    .query(Long.class)
                    .single();
            for (Object[] pause : pauses) {
                jdbc.sql("insert into ticket_pause (ticket_id, status, started_at, ended_at) values (?, ?, ?, ?)")
                        .params(id, pause[0], pause[1], pause[2])
                        .update();
            }
            return number;
        }

        /** A stretch in which the ticket's SLA clock stood still, saved with the ticket. */
        Ticket pause(String status, String from, @Nullable String to) {
            pauses.add(new Object[] {status, ts(Instant.parse(from)), to == null ? null : ts(Instant.parse(to))});
            return this;
        }
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
