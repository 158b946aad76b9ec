package org.helpdesk.search;

import org.helpdesk.customer.ContactView;

/**
 * An export decided before its first byte is sent (headers go before the body): the tickets matching now, how
 * many of them the file will hold, and whether that is fewer.
 *
 * @param request the search, its paging fields ignored
 * @param total tickets matching when the export was planned
 * @param rows rows the file will hold: {@code total}, or {@code cap} when there are more
 * @param truncated whether the cap cuts the export short
 * @param cap the most rows this export may hold
 * @param contacts how the file shows customers' e-mail addresses, decided by who asked for it
 */
public record ExportPlan(
        TicketSearchRequest request, long total, long rows, boolean truncated, int cap, ContactView contacts) {

    static ExportPlan of(TicketSearchRequest request, long total, int cap) {
        return new ExportPlan(request, total, Math.min(total, cap), total > cap, cap, ContactView.FULL);
    }

    /** The same export for a reader who sees customers' contact details as {@code view} says. */
    public ExportPlan shownAs(ContactView view) {
        return new ExportPlan(request, total, rows, truncated, cap, view);
    }
}
