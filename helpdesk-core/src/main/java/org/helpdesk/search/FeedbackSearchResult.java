package org.helpdesk.search;

import java.util.List;

/** One page of feedback items matching a search, best matches first; {@code total} counts them all. */
public record FeedbackSearchResult(List<FeedbackHit> hits, long total, int page, int size) {

    public FeedbackSearchResult {
        hits = List.copyOf(hits);
    }
}
