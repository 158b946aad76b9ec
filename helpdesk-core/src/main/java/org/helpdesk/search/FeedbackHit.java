package org.helpdesk.search;

import java.util.List;
import java.util.UUID;

/**
 * One feedback item found by a search: its id (the item itself is read from PostgreSQL) and fragments of its comment
 * with the matched words between {@link TicketHit#MARK_START} and {@link TicketHit#MARK_END}; not escaped.
 */
public record FeedbackHit(UUID id, List<String> highlights) {

    public FeedbackHit {
        highlights = List.copyOf(highlights);
    }
}
