package org.helpdesk.reporting.internal;

/**
 * The business-hours durations of a ticket {@code t} (with its SLA policy {@code sp}), in SQL: the same
 * expressions fill {@code report_ticket_time} in the background and stand in for it at query time when a row is
 * missing or stale.
 */
final class BusinessTime {

    /** The ticket's business calendar: its SLA policy's, else the default one ({@code :calendar}). */
    static final String CALENDAR = "coalesce(sp.calendar_id, cast(:calendar as uuid))";

    static final String FIRST_RESPONSE =
            "greatest(0, report_business_seconds(" + CALENDAR + ", t.created_at, t.first_response_at))";

    static final String RESOLUTION =
            "greatest(0, report_business_seconds(" + CALENDAR + ", t.created_at, t.resolved_at)"
                    + " - report_pending_business_seconds(t.id, " + CALENDAR + ", t.created_at, t.resolved_at))";

    /** The joins the fresh check needs: the precomputed row and the calendar's current signature. */
    static final String JOINS = " left join report_ticket_time rt on rt.ticket_id = t.id"
            + " left join report_calendar_signature cs on cs.calendar_id = " + CALENDAR;

    private BusinessTime() {}
}
