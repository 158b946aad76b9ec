package org.helpdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * One search: words in the simple syntax, filters, an order, and where to continue. {@code cursor} is
 * the {@link TicketSearchResult#nextCursor()} of the previous page and reaches beyond the first 10,000
 * results; {@code page} is the older numbered paging within them.
 */
public record TicketSearchRequest(
        String query,
        TicketFilter filter,
        @Nullable SearchSort sort,
        @Nullable String cursor,
        int page,
        int size) {

    public TicketSearchRequest {
        query = query.strip();
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    }

    public static TicketSearchRequest of(String query, int page, int size) {
        return new TicketSearchRequest(query, TicketFilter.NONE, null, null, page, size);
    }
}
