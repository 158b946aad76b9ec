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
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.Tickets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes tickets into one or more indices in one bulk request. Each document carries the ticket's
 * version plus the revisions of its analysed customer messages ({@link CustomerVoice}) as an external version, so
 * a replayed or late write never replaces newer data, and a new analysis of the same ticket version still lands.
 */
@Component
class TicketIndexWriter implements DocumentSource {

    private final ElasticsearchClient client;
    private final JdbcClient jdbc;
    private final TicketIndex index;
    private final Tickets all;

    TicketIndexWriter(ElasticsearchClient client, JdbcClient jdbc, TicketIndex index, Tickets all) {
        this.client = client;
        this.jdbc = jdbc;
        this.index = index;
        this.all = all;
    }

    @Override
    public String entityType() {
        return "ticket";
    }

    @Override
    public SearchIndex index() {
        return index;
    }

    @Override
    public String table() {
        return "ticket";
    }

    @Override
    public String versionSql() {
        return CustomerVoice.DOCUMENT_VERSION;
    }

    @Override
    public Map<String, String> write(List<UUID> ids, Collection<String> indices) throws IOException {
        return write(all.findAll(ids.stream().map(TicketId::new).toList()), indices);
    }

    /** Returns the tickets (by id) that could not be written, with the reason; empty when all went in. */
    Map<String, String> write(Collection<Ticket> tickets, Collection<String> indices) throws IOException {
        if (tickets.isEmpty() || indices.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> conversations = conversations(tickets);
        Map<UUID, CustomerVoice> voices = voices(tickets);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String target : indices) {
            for (Ticket ticket : tickets) {
                CustomerVoice voice = voices.getOrDefault(ticket.id().value(), CustomerVoice.NONE);
                TicketDocument document = TicketDocument.of(
                        ticket, conversations.getOrDefault(ticket.id().value(), List.of()), voice);
                bulk.operations(op -> op.index(doc -> doc.index(target)
                        // Through the alias only while it exists: never an index auto-created under its name.
                        .requireAlias(target.equals(index.alias()))
                        .id(ticket.id().toString())
                        .version(voice.documentVersion(ticket.version()))
                        .versionType(VersionType.External)
                        .document(document)));
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        index.forgetUnlessAliasIn(response);
        return failures(response);
    }

    /** The documents (by id) a bulk request could not write, with the reason. */
    static Map<String, String> failures(BulkResponse response) {
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

    /** The analysis of these tickets' customer messages, in one query. */
    private Map<UUID, CustomerVoice> voices(Collection<Ticket> tickets) {
        UUID[] ids = tickets.stream().map(t -> t.id().value()).toArray(UUID[]::new);
        Map<UUID, CustomerVoice> voices = new HashMap<>();
        jdbc.sql(CustomerVoice.OF_TICKETS).param(ids).query(rs -> {
            voices.put(
                    rs.getObject("ticket_id", UUID.class),
                    new CustomerVoice(
                            rs.getLong("revisions"),
                            rs.getString("language"),
                            rs.getString("sentiment"),
                            List.of((String[]) rs.getArray("themes").getArray())));
        });
        return voices;
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
