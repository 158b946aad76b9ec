package org.helpdesk.search;

import java.util.List;

public record TicketSearchResult(String query, List<TicketHit> hits, long total, int page, int size) {

    public TicketSearchResult {
        hits = List.copyOf(hits);
    }
}
