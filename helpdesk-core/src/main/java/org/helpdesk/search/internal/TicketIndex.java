package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.helpdesk.search.SearchProperties;
import org.springframework.stereotype.Component;

/** The ticket index ({@code <prefix>-tickets}), mapping {@code search/tickets-v3.json}. */
@Component
public class TicketIndex extends SearchIndex {

    public static final int MAPPING_VERSION = 3;

    TicketIndex(ElasticsearchClient client, SearchProperties properties) {
        super(client, properties, "tickets", MAPPING_VERSION);
    }
}
