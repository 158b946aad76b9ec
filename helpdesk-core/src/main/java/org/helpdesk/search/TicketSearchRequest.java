package org.helpdesk.search;

import org.helpdesk.ticket.TicketViewer;
import org.jspecify.annotations.Nullable;

/**
 * One search: words in the simple syntax, filters, an order, and where to continue. {@code cursor} is
 * the {@link TicketSearchResult#nextCursor()} of the previous page and reaches beyond the first 10,000
 * results; {@code page} is the older numbered paging within them. {@code viewer}: only the tickets they may see
 * are found, counted in the facets and exported ({@code null}: every ticket, for the system's own use).
 */
public record TicketSearchRequest(
        String query,
        TicketFilter filter,
        @Nullable SearchSort sort,
        @Nullable String cursor,
        int page,
        int size,
        @Nullable TicketViewer viewer) {

    public TicketSearchRequest {
        query = query.strip();
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    }

    public TicketSearchRequest(
            String query, TicketFilter filter, @Nullable SearchSort sort, @Nullable String cursor, int page, int size) {
        this(query, filter, sort, cursor, page, size, null);
    }

    /** The same search through {@code viewer}'s eyes. */
    public TicketSearchRequest seenBy(TicketViewer viewer) {
        return new TicketSearchRequest(query, filter, sort, cursor, page, size, viewer);
    }

    public static TicketSearchRequest of(String query, int page, int size) {
        return new TicketSearchRequest(query, TicketFilter.NONE, null, null, page, size);
    }
}
