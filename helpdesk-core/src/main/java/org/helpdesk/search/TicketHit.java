package org.helpdesk.search;

import java.time.Instant;
import java.util.List;

/**
 * One ticket found by a search. {@code highlights} are fragments of matching text in which the matched
 * words are wrapped in {@link #MARK_START} and {@link #MARK_END}; the text itself is not escaped.
 */
public record TicketHit(
        long number, String subject, String status, String priority, Instant createdAt, List<String> highlights) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public TicketHit {
        highlights = List.copyOf(highlights);
    }
}
