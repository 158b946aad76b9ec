package org.helpdesk.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tickets belong to a period, by KPI family: those created in it, first answered in it, or resolved in it.
 * Each family also names the per-ticket durations it measures (seconds, computed on the fly).
 */
enum Family {
    CREATED("t.created_at", "", Map.of()),
    FIRST_RESPONSE(
            "t.first_response_at",
            " and t.first_response_at is not null",
            columns(
                    "frt_secs",
                    "greatest(0, extract(epoch from t.first_response_at - t.created_at))",
                    "frt_business_secs",
                    "case when " + Family.FRESH + " then rt.first_response_business_seconds else "
                            + BusinessTime.FIRST_RESPONSE + " end")),
    RESOLVED(
            "t.resolved_at",
            " and t.resolved_at is not null",
            columns(
                    "res_secs",
                    "greatest(0, extract(epoch from t.resolved_at - t.created_at) - t.pending_seconds)",
                    "res_business_secs",
                    "case when " + Family.FRESH + " then rt.resolution_business_seconds else " + BusinessTime.RESOLUTION
                            + " end")),
    /**
     * Phone and chat tickets whose queue entry is in the period and that have both queue entry and pickup; their
     * wait is pickup − queue entry.
     */
    QUEUED(
            "t.queued_at",
            " and t.channel in ('PHONE', 'CHAT') and t.queued_at is not null and t.picked_up_at is not null",
            Map.of("wait_secs", "greatest(0, extract(epoch from t.picked_up_at - t.queued_at))")),
    /**
     * Work logged in the period on complaints: one row per work-log entry ({@code w}), with the ticket's columns,
     * the minutes and the hourly cost of the ticket's team ({@code null} when it has none). A ticket can have
     * several rows, so KPIs of this family count tickets with {@code count(distinct t.id)}.
     */
    WORK(
            "w.logged_at",
            " and t.type = 'COMPLAINT'",
            Map.of(),
            " join ticket_work_log w on w.ticket_id = t.id left join team wt on wt.id = t.team_id",
            "w.minutes as work_minutes, w.logged_at as logged_at, wt.hourly_cost as hourly_cost, "),
    /** Open at an instant; see {@link BacklogQuery}. */
    BACKLOG("t.created_at", "", Map.of()),
    /** Customers coming back; see {@link ChurnQuery}. */
    CHURN("t.created_at", "", Map.of()),
    /** Feedback and survey answers received in the period; see {@link AnswerSlice}. */
    ANSWERS("t.received_at", "", Map.of());

    /** The ticket's business calendar: its SLA policy's, else the default one. */
    static final String CALENDAR = BusinessTime.CALENDAR;

    /** The precomputed business durations ({@code rt}) are for this version of the ticket and its calendar as it is. */
    static final String FRESH = "rt.ticket_version = t.version and rt.calendar_id = " + BusinessTime.CALENDAR
            + " and rt.calendar_signature = cs.signature";

    final String time;
    final String condition;
    final Map<String, String> durations;
    /** Tables the family's rows come from besides the ticket, and the columns it always reads from them. */
    final String join;

    final String columns;

    Family(String time, String condition, Map<String, String> durations) {
        this(time, condition, durations, "", "");
    }

    Family(String time, String condition, Map<String, String> durations, String join, String columns) {
        this.time = time;
        this.condition = condition;
        this.durations = durations;
        this.join = join;
        this.columns = columns;
    }

    /**
     * The precomputed rows ({@code rt}) whose instant of this family is in {@code [:from, :to)}: {@code
     * report_ticket_time} keeps the first response and resolution instants it computed with (V62).
     */
    String precomputedInPeriod() {
        String instant = "rt" + time.substring(time.indexOf('.'));
        return " and " + instant + " >= :from and " + instant + " < :to";
    }

    /**
     * How heavy the family's query usually is (measured at a million tickets, docs/benchmarks.md): reports start
     * the heaviest first, so side-by-side queries finish close together.
     */
    int weight() {
        return switch (this) {
            case FIRST_RESPONSE, RESOLVED -> 3;
            case CHURN, BACKLOG -> 2;
            default -> 1;
        };
    }

    /** Whether a duration needs the precomputed business times ({@link BusinessTime#JOINS}). */
    boolean businessTime(String duration) {
        return durations.get(duration).contains("rt.ticket_version");
    }

    private static Map<String, String> columns(String name1, String sql1, String name2, String sql2) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(name1, sql1);
        columns.put(name2, sql2);
        return columns;
    }
}
