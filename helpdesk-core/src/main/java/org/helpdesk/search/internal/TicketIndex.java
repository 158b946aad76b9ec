package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.helpdesk.search.SearchProperties;
import org.springframework.stereotype.Component;

/**
 * The ticket index: a versioned concrete index ({@code <prefix>-tickets-v1}) behind a stable alias
 * ({@code <prefix>-tickets}) that reads and writes go through, so a mapping change can be a reindex
 * into {@code -v2} followed by an alias swap.
 */
@Component
public class TicketIndex {

    static final int MAPPING_VERSION = 1;

    private final ElasticsearchClient client;
    private final String alias;
    private volatile boolean known;

    TicketIndex(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.indexPrefix() + "-tickets";
    }

    public String alias() {
        return alias;
    }

    String currentIndex() {
        return alias + "-v" + MAPPING_VERSION;
    }

    /** Creates the index and its alias when they do not exist yet. Safe to call often and concurrently. */
    void ensureExists() throws IOException {
        if (known) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            create();
        }
        known = true;
    }

    private void create() throws IOException {
        try (InputStream mapping = mapping()) {
            client.indices()
                    .create(c -> c.index(currentIndex()).withJson(mapping).aliases(alias, a -> a.isWriteIndex(true)));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            // Another instance created it first: that is the outcome we wanted.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private static InputStream mapping() {
        InputStream stream = TicketIndex.class.getResourceAsStream("/search/tickets-v" + MAPPING_VERSION + ".json");
        if (stream == null) {
            throw new UncheckedIOException(new IOException("search/tickets-v" + MAPPING_VERSION + ".json missing"));
        }
        return stream;
    }
}
