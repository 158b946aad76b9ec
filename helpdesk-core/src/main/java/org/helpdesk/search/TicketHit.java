package org.helpdesk.search;

import java.time.Instant;
import java.util.List;

/**
 * One ticket found by a search. {@code highlights} are fragments of matching text in which the matched
 * words are wrapped in {@link #MARK_START} and {@link #MARK_END}; the text itself is not escaped.
 */
public record TicketHit(
        long number, String subject, String status, String priority, Instant createdAt, List<String> highlights) {

    /*
     * Private-use characters, not control characters: Elasticsearch's highlighter trims a fragment of leading
     * characters up to U+0020, which dropped the start marker of a word at the very start of a field. Queries never
     * carry them (QuerySyntax drops private-use characters).
     */
    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';

    public TicketHit {
        highlights = List.copyOf(highlights);
    }
}
