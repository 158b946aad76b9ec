package org.helpdesk.feedback;

import java.util.List;

/** One page of feedback items, newest first. */
public record FeedbackPage(List<FeedbackItem> items, int page, int size, long total) {

    public FeedbackPage {
        items = List.copyOf(items);
    }
}
