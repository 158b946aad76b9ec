package org.helpdesk.search;

/**
 * An export decided before its first byte is sent (headers go before the body): the tickets matching now, how
 * many of them the file will hold, and whether that is fewer.
 *
 * @param request the search, its paging fields ignored
 * @param total tickets matching when the export was planned
 * @param rows rows the file will hold: {@code total}, or {@code cap} when there are more
 * @param truncated whether the cap cuts the export short
 * @param cap the most rows this export may hold
 */
public record ExportPlan(TicketSearchRequest request, long total, long rows, boolean truncated, int cap) {

    static ExportPlan of(TicketSearchRequest request, long total, int cap) {
        return new ExportPlan(request, total, Math.min(total, cap), total > cap, cap);
    }
}
