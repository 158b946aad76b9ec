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
    static final String JOINS = joins("");

    /**
     * The same joins, reading only the precomputed rows that also meet {@code rowCondition} (on {@code rt}). A
     * slice limits them to its period by the instant each row was computed with: a fresh row has the ticket's
     * instants, so none is lost, and the covering indexes of V62 find them without a lookup per ticket.
     */
    static String joins(String rowCondition) {
        return " left join report_ticket_time rt on rt.ticket_id = t.id" + rowCondition
                + " left join report_calendar_signature cs on cs.calendar_id = " + CALENDAR;
    }

    private BusinessTime() {}
}
