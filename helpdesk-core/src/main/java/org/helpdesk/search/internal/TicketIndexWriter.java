package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.ticket.Ticket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes tickets into one or more indices in one bulk request. Each document carries the ticket's
 * version as an external version, so a replayed or late write never replaces newer data.
 */
@Component
class TicketIndexWriter {

    private final ElasticsearchClient client;
    private final JdbcClient jdbc;

    TicketIndexWriter(ElasticsearchClient client, JdbcClient jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    /** Returns the tickets (by id) that could not be written, with the reason; empty when all went in. */
    Map<String, String> write(Collection<Ticket> tickets, Collection<String> indices) throws IOException {
        if (tickets.isEmpty() || indices.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> conversations = conversations(tickets);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String index : indices) {
            for (Ticket ticket : tickets) {
                TicketDocument document = TicketDocument.of(
                        ticket, conversations.getOrDefault(ticket.id().value(), List.of()));
                bulk.operations(op -> op.index(doc -> doc.index(index)
                        .id(ticket.id().toString())
                        .version(ticket.version())
                        .versionType(VersionType.External)
                        .document(document)));
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

    /**
     * The message bodies (replies and internal notes) of all these tickets in one query, not one per
     * ticket: a rebuild writes hundreds of tickets per round. Posting a message raises the ticket's
     * version, so the document written here is never older than the conversation it carries.
     */
    private Map<UUID, List<String>> conversations(Collection<Ticket> tickets) {
        UUID[] ids = tickets.stream().map(t -> t.id().value()).toArray(UUID[]::new);
        Map<UUID, List<String>> bodies = new HashMap<>();
        jdbc.sql("select ticket_id, body from ticket_message where ticket_id = any(?) order by created_at, id")
                .param(ids)
                .query(rs -> {
                    bodies.computeIfAbsent(rs.getObject("ticket_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("body"));
                });
        return bodies;
    }
}
