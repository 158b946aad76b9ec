package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.helpdesk.ticket.Ticket;
import org.springframework.stereotype.Component;

/**
 * Writes tickets into one or more indices in one bulk request. Each document carries the ticket's
 * version as an external version, so a replayed or late write never replaces newer data.
 */
@Component
class TicketIndexWriter {

    private final ElasticsearchClient client;

    TicketIndexWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /** Returns the tickets (by id) that could not be written, with the reason; empty when all went in. */
    Map<String, String> write(Collection<Ticket> tickets, Collection<String> indices) throws IOException {
        if (tickets.isEmpty() || indices.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String index : indices) {
            for (Ticket ticket : tickets) {
                bulk.operations(op -> op.index(doc -> doc.index(index)
                        .id(ticket.id().toString())
                        .version(ticket.version())
                        .versionType(VersionType.External)
                        .document(TicketDocument.of(ticket))));
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        Map<String, String> failures = new HashMap<>();
        for (BulkResponseItem item : response.items()) {
            // 409: the index already holds this version or a newer one, which is success for us.
            if (item.error() != null && item.status() != 409) {
                failures.put(
                        item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return failures;
    }
}
