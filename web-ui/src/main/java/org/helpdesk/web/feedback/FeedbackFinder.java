package org.helpdesk.web.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackFilter;
import org.helpdesk.feedback.FeedbackItem;
import org.helpdesk.feedback.FeedbackPage;
import org.helpdesk.search.FeedbackHit;
import org.helpdesk.search.FeedbackSearch;
import org.helpdesk.search.FeedbackSearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The feedback list with or without words: without, PostgreSQL lists the items newest first; with words, the search
 * index finds them (best matches first) under the same filters, and the items are read from PostgreSQL in that order,
 * with the highlighted fragments of their comments.
 */
@Component
class FeedbackFinder {

    private final Feedback feedback;
    private final FeedbackSearch search;

    FeedbackFinder(Feedback feedback, FeedbackSearch search) {
        this.feedback = feedback;
        this.search = search;
    }

    Found find(@Nullable String query, FeedbackFilter filter) {
        if (query == null || query.isBlank()) {
            return new Found(feedback.list(filter), Map.of());
        }
        FeedbackSearchResult result =
                search.search(query, filter.sentiment(), filter.theme(), filter.page(), filter.size());
        List<FeedbackItem> items =
                feedback.findAll(result.hits().stream().map(FeedbackHit::id).toList());
        Map<UUID, List<String>> highlights = new HashMap<>();
        result.hits().forEach(hit -> highlights.put(hit.id(), hit.highlights()));
        return new Found(new FeedbackPage(items, result.page(), result.size(), result.total()), highlights);
    }

    /** A page of items and, when words were searched, the fragments of each item's comment with them marked. */
    record Found(FeedbackPage page, Map<UUID, List<String>> highlights) {

        List<String> highlights(UUID item) {
            return highlights.getOrDefault(item, List.of());
        }
    }
}
