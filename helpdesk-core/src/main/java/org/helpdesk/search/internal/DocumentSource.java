package org.helpdesk.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the documents of one index come from: a PostgreSQL table whose rows are written as documents with an
 * external version. The outbox, the rebuild and the drift check work the same way for every source.
 */
interface DocumentSource {

    /** The {@code entity_type} of the source's rows in {@code search_outbox} and {@code search_reindex}. */
    String entityType();

    SearchIndex index();

    /** The table whose {@code id} column the documents' ids are. */
    String table();

    /** SQL for a row's document version over a row of {@link #table()} named like the table. */
    String versionSql();

    /**
     * Writes the rows with these ids (ids without a row are skipped) into every index given, in one bulk request; returns
     * the ids that could not be written with the reason, empty when all went in. An index already holding this version
     * or a newer one is success.
     */
    Map<String, String> write(List<UUID> ids, Collection<String> indices) throws IOException;
}
