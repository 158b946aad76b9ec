package org.helpdesk.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes feedback items into the feedback index. The item's {@code revision}, raised by the database on every change
 * of the row (migration V60), is the external version, so a replayed or late write never replaces newer data.
 */
@Component
class FeedbackIndexWriter implements DocumentSource {

    private static final String ROWS = """
            select f.id, f.revision, f.comment, f.source, f.kind, f.score, f.channel, f.language, f.product_id,
                   coalesce(p.name, f.product_label) as product_name, f.ticket_id, f.sentiment_label,
                   f.corrected_label, f.received_at, f.analyzed_at,
                   array(select t.theme from jsonb_to_recordset(coalesce(f.themes, '[]')) as t(theme text)
                          where t.theme is not null) as themes,
                   case when f.corrected_themes is null then null
                        else array(select t.theme from jsonb_to_recordset(f.corrected_themes) as t(theme text)
                                    where t.theme is not null) end as corrected_themes
              from feedback_item f left join product p on p.id = f.product_id
             where f.id = any(?)""";

    private final ElasticsearchClient client;
    private final JdbcClient jdbc;
    private final FeedbackIndex index;

    FeedbackIndexWriter(ElasticsearchClient client, JdbcClient jdbc, FeedbackIndex index) {
        this.client = client;
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public String entityType() {
        return "feedback";
    }

    @Override
    public SearchIndex index() {
        return index;
    }

    @Override
    public String table() {
        return "feedback_item";
    }

    @Override
    public String versionSql() {
        return "feedback_item.revision";
    }

    @Override
    public Map<String, String> write(List<UUID> ids, Collection<String> indices) throws IOException {
        if (ids.isEmpty() || indices.isEmpty()) {
            return Map.of();
        }
        List<FeedbackDocument.FeedbackRow> rows = jdbc.sql(ROWS)
                .param(ids.toArray(UUID[]::new))
                .query(FeedbackIndexWriter::row)
                .list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String target : indices) {
            for (FeedbackDocument.FeedbackRow row : rows) {
                FeedbackDocument document = FeedbackDocument.of(row);
                bulk.operations(op -> op.index(doc -> doc.index(target)
                        // Through the alias only while it exists: never an index auto-created under its name.
                        .requireAlias(target.equals(index.alias()))
                        .id(row.id())
                        .version(row.revision())
                        .versionType(VersionType.External)
                        .document(document)));
            }
        }
        BulkResponse response = client.bulk(bulk.build());
        index.forgetUnlessAliasIn(response);
        return TicketIndexWriter.failures(response);
    }

    private static FeedbackDocument.FeedbackRow row(ResultSet rs, int n) throws SQLException {
        String product = rs.getString("product_name");
        return new FeedbackDocument.FeedbackRow(
                rs.getString("id"),
                rs.getLong("revision"),
                rs.getString("comment"),
                rs.getString("source"),
                rs.getString("kind"),
                rs.getObject("score", Integer.class),
                rs.getString("channel"),
                rs.getString("language"),
                rs.getString("product_id"),
                product == null ? "" : product,
                rs.getString("ticket_id"),
                rs.getString("sentiment_label"),
                rs.getString("corrected_label"),
                strings(rs.getArray("themes")),
                rs.getArray("corrected_themes") == null ? null : strings(rs.getArray("corrected_themes")),
                rs.getTimestamp("received_at").toInstant().toString(),
                text(rs.getTimestamp("analyzed_at")));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static @Nullable String text(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant().toString();
    }
}
