package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.helpdesk.search.SearchProperties;
import org.springframework.stereotype.Component;

/** The feedback index ({@code <prefix>-feedback}), mapping {@code search/feedback-v1.json}. */
@Component
public class FeedbackIndex extends SearchIndex {

    public static final int MAPPING_VERSION = 1;

    FeedbackIndex(ElasticsearchClient client, SearchProperties properties) {
        super(client, properties, "feedback", MAPPING_VERSION);
    }
}
