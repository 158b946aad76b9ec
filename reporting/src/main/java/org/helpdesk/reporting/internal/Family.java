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

    Family(String time, String condition, Map<String, String> durations) {
        this.time = time;
        this.condition = condition;
        this.durations = durations;
    }

    private static Map<String, String> columns(String name1, String sql1, String name2, String sql2) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(name1, sql1);
        columns.put(name2, sql2);
        return columns;
    }
}
